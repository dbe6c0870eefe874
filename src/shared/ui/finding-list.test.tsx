import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { afterEach, describe, expect, it } from 'vitest';
import { checkListing, CONFIDENCES, EVIDENCE_BASES, PRODUCT_KINDS, type Finding } from '@/domain/checker';
import { setLocale } from '@/shared/i18n/locale';
import { LOCALES } from '@/domain/language';
import { FindingConfidence, FindingList, ProductTypeLine, productTypeWords } from './finding-list';
import { uiMessages } from './messages';

afterEach(() => setLocale('en'));

const text = (html: string) => html.replace(/<[^>]+>/g, '').replaceAll('&quot;', '"');
const render = (node: ReactNode) => text(renderToStaticMarkup(<MemoryRouter>{node}</MemoryRouter>));

/** A block in the title of physical goods: nothing to doubt. */
const GOODS = checkListing({ title: 'Brass knuckles, solid steel', category: 'other' });
/** A game whose description names what a rule bans: what it is about, not what it sells. */
const GAME = checkListing({
  title: 'Call of Duty: Modern Warfare (Xbox 360)',
  description: 'Fight your way through the campaign with assault rifles.',
  category: 'software-media',
});

describe('words for what a listing sells, each confidence and each basis', () => {
  it.each(LOCALES)('has a distinct, non-empty word for every code in %s', (locale) => {
    const f = uiMessages.get(locale).findings;
    for (const [codes, words] of [
      [PRODUCT_KINDS, f.productType.kinds],
      [CONFIDENCES, f.confidence],
      [EVIDENCE_BASES, f.basis],
    ] as const) {
      const said = codes.map((code) => (words as Record<string, string>)[code] ?? '');
      expect(said.every((w) => w.trim().length > 0)).toBe(true);
      expect(new Set(said).size).toBe(codes.length);
    }
  });

  it('says where the product type came from: the title’s words, the category, or nothing', () => {
    const en = uiMessages.get('en').findings.productType;
    const game = { kind: 'game', source: 'title', cue: 'Xbox 360' } as const;
    expect(productTypeWords(game, {}, en)).toEqual({
      kind: 'a video, board or card game',
      source: ' (from the title: “Xbox 360”)',
    });
    expect(
      productTypeWords({ kind: 'toy', source: 'category', cue: '' }, { category: 'toys-hobbies' }, en),
    ).toEqual({ kind: 'a toy', source: ' (from the category: Toys hobbies)' });
    expect(productTypeWords({ kind: 'goods', source: 'default', cue: '' }, {}, en).source).toBe(
      ' (nothing in the title or category says otherwise)',
    );
    expect(productTypeWords(game, { compact: true }, en)).toEqual({
      kind: 'a video, board or card game',
      source: '',
    });
  });

  it('reads “Sells: …” in English and “Товар: …” in Russian', () => {
    const game = { kind: 'game', source: 'title', cue: 'Xbox 360' } as const;
    expect(render(<ProductTypeLine productType={game} />)).toBe(
      'Sells: a video, board or card game (from the title: “Xbox 360”)',
    );
    setLocale('ru');
    expect(render(<ProductTypeLine productType={game} />)).toBe(
      'Товар: видеоигра, настольная или карточная игра (по названию: «Xbox 360»)',
    );
    expect(
      render(
        <ProductTypeLine
          productType={{ kind: 'software', source: 'category', cue: '' }}
          category="software-media"
        />,
      ),
    ).toBe('Товар: программа (по категории: Программы и медиа)');
  });

  it('keeps the seller’s words as text, never as markup', () => {
    const html = renderToStaticMarkup(
      <ProductTypeLine
        productType={{ kind: 'book', source: 'title', cue: '<img src=x onerror=alert(1)>' }}
      />,
    );
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});

describe('a finding’s confidence', () => {
  it('is said in words beside marks that are hidden from screen readers, not by colour alone', () => {
    const finding = { confidence: 'medium', basis: 'description-only' } as const;
    const html = renderToStaticMarkup(<FindingConfidence finding={finding} />);
    expect(text(html)).toBe(
      '●●○Medium confidenceOnly in the description, so it may not be what you sell: a warning, not a block.',
    );
    expect(html).toContain('<span aria-hidden="true" class="tracking-tight">●●○</span>');
    setLocale('ru');
    expect(text(renderToStaticMarkup(<FindingConfidence finding={finding} />))).toBe(
      '●●○Средняя уверенностьЕсть только в описании, поэтому может быть не тем, что вы продаёте: это предупреждение, а не блокировка.',
    );
  });

  it('names the rule’s own severity only when the listing’s context changed it', () => {
    const same = { confidence: 'high', basis: 'explicit', severity: 'block', ruleSeverity: 'block' } as const;
    expect(render(<FindingConfidence finding={same} />)).not.toContain('On its own');
    const lowered = { ...same, confidence: 'low', basis: 'media-subject', severity: 'info' } as const;
    expect(render(<FindingConfidence finding={lowered} />)).toContain('On its own, this rule blocks.');
  });

  it('shows high confidence on a block in the title of goods', () => {
    const block = GOODS.findings.find((f) => f.severity === 'block') as Finding;
    expect(GOODS.productType.kind).toBe('goods');
    expect(block.confidence).toBe('high');
    const shown = render(<FindingList findings={[block]} />);
    expect(shown).toContain('High confidence');
    expect(shown).toContain(uiMessages.get('en').findings.basis[block.basis]);
    expect(shown).not.toContain('On its own');
  });

  it('shows a game as a game, and the banned thing it is about with low confidence, as its subject', () => {
    expect(GAME.productType).toMatchObject({ kind: 'game', source: 'title' });
    const rifle = GAME.findings.find((f) => f.ruleId === 'plp.cat-3.firearm') as Finding;
    expect(rifle).toMatchObject({ basis: 'media-subject', ruleSeverity: 'block' });
    expect(rifle.severity).not.toBe('block');
    const shown = render(<FindingList findings={[rifle]} />);
    expect(shown).toContain(uiMessages.get('en').findings.confidence[rifle.confidence]);
    expect(shown).toContain('this is what it is about, not what is sold, so it does not block.');
    expect(shown).toContain('On its own, this rule blocks.');
  });
});
