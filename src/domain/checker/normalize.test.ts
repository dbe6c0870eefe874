import { describe, expect, it } from 'vitest';
import { EVASION_FLAGS, Flag, foldedString, normalize } from './normalize';

const fold = (text: string) => foldedString(normalize(text));

function flagsOf(text: string): number {
  const n = normalize(text);
  let all = 0;
  for (let k = 0; k < n.length; k++) all |= n.flags[k] as number;
  return all;
}

describe('normalize', () => {
  it('folds case, accents and punctuation into single-spaced words', () => {
    expect(fold('  Réplica   WATCH, 40mm!! ')).toBe('replica watch 40mm');
    expect(fold('Ёлка — новогодняя')).toBe('елка новогодняя');
  });

  it('joins letters spaced or dotted out, and says so', () => {
    expect(fold('r e p l i c a watch')).toBe('replica watch');
    expect(fold('s.w.i.t.c.h.b.l.a.d.e')).toBe('switchblade');
    expect(fold('buy т е л е г р а м now')).toBe('buy телеграм now');
    expect(flagsOf('r e p l i c a') & Flag.Spaced).toBeTruthy();
    expect(fold('size S M')).toBe('size s m');
  });

  it('reads look-alike letters toward the word\u2019s own script, never folding Russian words into Latin', () => {
    expect(fold('R\u043elex')).toBe('rolex');
    expect(fold('\u0440e\u043f\u043b\u0438\u043a\u0430')).toBe('реплика');
    expect(fold('Часы оригинальные')).toBe('часы оригинальные');
    expect(flagsOf('R\u043elex') & Flag.Lookalike).toBeTruthy();
    expect(flagsOf('Часы оригинальные') & EVASION_FLAGS).toBe(0);
  });

  it('reads leet inside words with letters, but leaves numbers alone', () => {
    expect(fold('c0caine')).toBe('cocaine');
    expect(fold('v1agra')).toBe('v\ue001agra'.replace('\ue001', '1'));
    expect(fold('iPhone 15 Pro, 1:1 size, 40mm, iPhone15, 5G')).toBe(
      'iphone 15 pro 1 1 size 40mm iphone15 5g',
    );
    expect(fold('c0c4ine, w0rld')).toBe('cocaine world');
    expect(flagsOf('iPhone 15') & Flag.Leet).toBe(0);
  });

  it('drops zero-width characters and soft hyphens inside words, and full-width forms', () => {
    expect(fold('rep\u200blica')).toBe('replica');
    expect(fold('co\u00adcaine')).toBe('cocaine');
    expect(fold('\uff32\uff25\uff30\uff2c\uff29\uff23\uff21')).toBe('replica');
    expect(flagsOf('rep\u200blica') & Flag.Invisible).toBeTruthy();
  });

  it('keeps a map from every folded unit to the original character', () => {
    const text = 'Buy  r e p l i c a';
    const n = normalize(text);
    expect(foldedString(n)).toBe('buy replica');
    expect(text[n.origin[4] as number]).toBe('r');
    expect(text[n.origin[10] as number]).toBe('a');
  });

  it('survives lone surrogates and astral characters', () => {
    expect(fold('a\ud800b \udc00 😀 \ud835\udc2b\ud835\udc1e\ud835\udc29')).toBe('a b rep');
    expect(fold('漢字 text')).toBe('漢字 text');
  });
});
