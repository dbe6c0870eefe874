import { describe, expect, it } from 'vitest';
import { checkListing } from './check';
import type { CheckResult, Finding, ListingText } from './types';

const check = (title: string, extra: Partial<ListingText> = {}) => checkListing({ title, ...extra });
const ids = (result: CheckResult) => result.findings.map((f) => f.ruleId);
const actionable = (result: CheckResult) => result.findings.filter((f) => f.severity !== 'info');
const find = (result: CheckResult, ruleId: string) =>
  result.findings.find((f) => f.ruleId === ruleId) as Finding;

describe('evasion', () => {
  it('sees through spaced letters, reports the real characters and says how they were read', () => {
    const title = 'Luxury r e p l i c a handbag';
    const result = check(title);
    expect(result.verdict).toBe('block');
    const replica = find(result, 'plp.ip.replica');
    expect(title.slice(replica.start, replica.end)).toBe('r e p l i c a');
    expect(replica.matched).toBe('r e p l i c a');
    expect(replica.normalized).toBe('replica');
    expect(replica.transformations.map((t) => t.kind)).toContain('spacing');
    expect(ids(result)).toContain('plp.evasion.distorted-keyword');
  });

  it('sees through a Cyrillic look-alike inside a brand and names the letter', () => {
    const title = 'R\u043elex Submariner replica';
    const result = check(title, { category: 'jewellery-watches' });
    const evasion = result.findings.find(
      (f) => f.ruleId === 'plp.evasion.distorted-keyword' && f.matched.startsWith('R'),
    );
    expect(evasion?.transformations.map((t) => t.note)).toContain('Cyrillic "\u043e" read as "o"');
    expect(result.verdict).toBe('block');
  });

  it('sees through leet, zero-width characters, soft hyphens and full-width letters', () => {
    for (const title of [
      'rep1ica watch',
      'rep\u200blica watch',
      'rep\u00adlica watch',
      '\uff32\uff25\uff30\uff2c\uff29\uff23\uff21 watch',
    ]) {
      const result = check(title);
      expect(ids(result), title).toContain('plp.ip.replica');
      expect(ids(result), title).toContain('plp.evasion.distorted-keyword');
      const finding = find(result, 'plp.ip.replica');
      expect(title.slice(finding.start, finding.end)).toBe(finding.matched);
    }
  });

  it('does not call plain writing evasion', () => {
    const result = check('Replica of the Eiffel Tower? No: an original model kit, 1:100');
    expect(ids(result)).not.toContain('plp.evasion.distorted-keyword');
  });
});

describe('honest listings stay quiet', () => {
  const honest = [
    'Classic Dickens novels box set, hardcover',
    'Scuba diving mask with snorkel, tempered glass',
    'Essex and Sussex road atlas 2026',
    'Massage therapist table, foldable',
    'Cocktail shaker set, stainless steel',
    'Stainless steel chef knife 8 inch with blade guard',
    'Cordless hot glue gun with 20 glue sticks',
    'PEX water pipe 16 mm for plumbing, 50 m roll',
    'Clay poker chips set 300 pcs with aluminium case',
    'Sterling silver hoop earrings, 925',
    'Copy paper A4, 500 sheets',
    'Wall art inspired by nature, canvas print',
    'Керамическая кружка, подарок на новый год',
    'Клеевой пистолет 20 Вт, с запасными стержнями',
    'Set of 3 throw pillows, grape and olive',
  ];
  it.each(honest)('%s', (title) => {
    const result = check(title, { category: 'home-kitchen' });
    expect(actionable(result)).toEqual([]);
    expect(result.verdict).toBe('ok');
  });
});

describe('brands and compatibility', () => {
  it('allows naming what an accessory fits, and says why', () => {
    for (const title of [
      'Case for iPhone 15, shockproof',
      'Charger compatible with Samsung Galaxy S24',
      'Чехол для iPhone 15, силикон',
    ]) {
      const result = check(title, { category: 'phones-accessories' });
      expect(result.verdict, title).toBe('ok');
      expect(ids(result), title).toContain('plp.ip.compatibility');
    }
  });

  it('does not extend the allowance to clothing, jewellery and bags', () => {
    const result = check('Leather belt for Gucci fans', { category: 'clothing' });
    expect(result.verdict).toBe('warn');
    expect(find(result, 'plp.ip.brand-misuse').matched).toBe('Gucci');
  });

  it('warns about a brand without an authorisation, and clears it with one', () => {
    expect(
      find(check('Nike Air running shoes', { category: 'shoes' }), 'plp.ip.unauthorised-brand').matched,
    ).toBe('Nike');
    const cleared = check('Nike Air running shoes', { category: 'shoes', authorizedBrands: ['Nike'] });
    expect(cleared.verdict).toBe('ok');
    expect(ids(cleared)).toContain('plp.ip.authorised-brand');
  });

  it('never lets an authorisation clear replica wording', () => {
    const result = check('Nike replica running shoes', { category: 'shoes', authorizedBrands: ['nike'] });
    expect(result.verdict).toBe('block');
  });

  it('counts weak words like "1:1" and "copy" only near a brand', () => {
    expect(check('1:1 copy Rolex Submariner', { category: 'jewellery-watches' }).verdict).toBe('block');
    expect(check('Notebook with 1:1 grid, copy book for kids').verdict).toBe('ok');
  });

  it('flags brand stuffing in a title', () => {
    const result = check('Phone case fits iPhone Samsung Xiaomi Huawei Nike Adidas Gucci', {
      category: 'phones-accessories',
    });
    expect(ids(result)).toContain('plp.search-abuse.stuffing');
  });

  it('reads the brand field', () => {
    const result = checkListing({ title: 'Running shoes, men', brand: 'Adidas', category: 'shoes' });
    const finding = find(result, 'plp.ip.unauthorised-brand');
    expect(finding.field).toBe('brand');
  });
});

describe('content rules', () => {
  it('warns about links, phone numbers and messengers that take buyers elsewhere', () => {
    const result = checkListing({
      title: 'Wool scarf',
      description: 'Cheaper at www.my-scarves.com or call +7 912 345-67-89.',
    });
    expect(result.verdict).toBe('warn');
    const matched = result.findings.filter((f) => f.ruleId === 'tou.5-5.off-platform').map((f) => f.matched);
    expect(matched).toEqual(expect.arrayContaining(['www.my-scarves.com', '+7 912 345-67-89']));
  });

  it('leaves the marketplace\u2019s own links and ordinary numbers alone', () => {
    const result = checkListing({
      title: 'Wool scarf',
      description: 'See our store on aliexpress.com. EAN 4006381333931. Size 180 x 30 cm.',
    });
    expect(result.verdict).toBe('ok');
  });
});

describe('robustness', () => {
  it('returns the same result for the same input', () => {
    const listing = {
      title: 'R e p l i c a watch for Samsung',
      description: 'v1agra www.x.com',
      brand: 'Rolex',
    };
    expect(JSON.stringify(checkListing(listing))).toBe(JSON.stringify(checkListing(listing)));
  });

  it('handles odd inputs without throwing', () => {
    const odd = [
      {} as ListingText,
      { title: undefined },
      {
        title: 42 as unknown as string,
        description: null as unknown as string,
        brand: { x: 1 } as unknown as string,
      },
      { title: '\ud800\udc00\ud800 lone \udfff surrogates' },
      { title: 'x', description: '\u200b'.repeat(10_000) },
    ];
    for (const listing of odd) expect(['ok', 'warn', 'block']).toContain(checkListing(listing).verdict);
  });

  it('checks a 1 MB description to its last word', () => {
    const description = 'Honest cotton towel, soft and absorbent. '.repeat(25_000) + ' replica';
    const result = checkListing({ title: 'Towel', description });
    expect(result.verdict).toBe('block');
    expect(find(result, 'plp.ip.replica').start).toBe(description.length - 'replica'.length);
  });

  it('caps findings when a field repeats a banned word endlessly', () => {
    const result = checkListing({ title: 'x', description: 'replica '.repeat(100_000) });
    expect(result.findings.filter((f) => f.ruleId === 'plp.ip.replica').length).toBeLessThanOrEqual(50);
  });
});
