import { describe, expect, it } from 'vitest';
import { checkListing } from './check';
import type { ListingText } from './types';

// Cases found in review: each stays here so it cannot come back.
const verdict = (title: string, extra: Partial<ListingText> = {}) =>
  checkListing({ title, category: 'other', ...extra }).verdict;
const ruleIds = (title: string, extra: Partial<ListingText> = {}) =>
  checkListing({ title, category: 'other', ...extra }).findings.map((f) => f.ruleId);

describe('evasions that used to slip through', () => {
  it.each([
    ['look-alikes in the minority script', 'rеplіса watch'],
    ['spaced with wide gaps', 'r - e - p - l - i - c - a watch'],
    ['spaced with other separators', 'r\u2009e\u2009p\u2009l\u2009i\u2009c\u2009a bag'],
    ['spaced with bullets', 'r•e•p•l•i•c•a bag'],
    ['spaced after a one-letter word', 'Buy a r e p l i c a'],
    ['spaced and run into the next word', 'r e p l i c a w a t c h'],
    ['circled letters', 'ⓡⓔⓟⓛⓘⓒⓐ watch'],
    ['small capitals', 'ʀᴇᴘʟɪᴄᴀ watch'],
    ['script letters', '𝓇ℯ𝓅𝓁𝒾𝒸𝒶 watch'],
  ])('%s: %s', (_name, title) => {
    expect(verdict(title)).toBe('block');
    expect(ruleIds(title)).toContain('plp.evasion.distorted-keyword');
  });

  it('reads "$" and "@" at the edge of a word', () => {
    expect(ruleIds('$teroids for bodybuilding')).toContain('plp.evasion.distorted-keyword');
    expect(verdict('$teroids for bodybuilding')).toBe('block');
    expect(verdict('Price $100, free shipping')).toBe('ok');
  });

  it('reads a Cyrillic word written partly in Latin letters', () => {
    expect(verdict('Кастет kacтeт латунный')).toBe('block');
    expect(verdict('BИAГPA 100 мг')).toBe('block');
  });

  it('finds irregular English plurals and declined Russian phrases', () => {
    expect(verdict('Butterfly knives, set of 3')).toBe('block');
    expect(ruleIds('Продам лотерейных билетов пачку')).not.toEqual([]);
  });

  it('finds Telegram links and .рф sites', () => {
    expect(ruleIds('Write to t.me/myshop for a discount')).toContain('tou.5-5.off-platform');
    expect(ruleIds('Дешевле на магазин.рф')).toContain('tou.5-5.off-platform');
  });

  it('does not let an excuse word clear replica wording next to a brand', () => {
    expect(verdict('Replica Rolex Daytona model 116500', { category: 'jewellery-watches' })).toBe('block');
    expect(verdict('Replica Gucci leather bag', { category: 'bags' })).toBe('block');
  });

  it('does not let "free shipping" clear a prescription drug, nor "для" a pistol', () => {
    expect(verdict('Sildenafil 100mg, free shipping')).toBe('block');
    expect(verdict('Пистолет Макарова для самообороны')).toBe('block');
  });
});

describe('honest listings that used to be flagged', () => {
  it.each([
    'Героиня романа, постер A3',
    'Барабаны бонги, пара, натуральная кожа',
    'Телеграмма на свадьбу, открытка',
    'Apple cider vinegar, 500 ml',
    'Fresh apple juice concentrate',
    'Lead paint test kit, 10 swabs',
    'Dinosaur replica skeleton for a museum display',
    'Найкращий подарунок, чашка',
  ])('%s', (title) => {
    expect(
      checkListing({ title, category: 'home-kitchen' }).findings.filter((f) => f.severity !== 'info'),
    ).toEqual([]);
  });

  it('does not treat a brand in the brand field as "near" every weak word in the title', () => {
    const result = checkListing({
      title: 'Running shoes, copy of receipt included',
      brand: 'Nike',
      authorizedBrands: ['Nike'],
      category: 'shoes',
    });
    expect(result.verdict).toBe('ok');
  });
});

describe('compatibility wording is not a blanket excuse', () => {
  it('needs the compatibility words to be about the product', () => {
    expect(verdict('Perfume for women Chanel No 5', { category: 'beauty-health' })).toBe('warn');
    expect(verdict('Case for iPhone Gucci pattern', { category: 'phones-accessories' })).toBe('warn');
    expect(verdict('Case for iPhone 15 and Samsung Galaxy S24', { category: 'phones-accessories' })).toBe(
      'ok',
    );
    expect(verdict('Fits the 6.1-inch iPhone 15 only', { category: 'phones-accessories' })).toBe('ok');
  });
});

describe('results and offsets', () => {
  it('does not depend on what was checked before', () => {
    const alone = JSON.stringify(checkListing({ title: 'replicae' }));
    checkListing({ title: 'aaaaaaaas replica' });
    expect(JSON.stringify(checkListing({ title: 'replicae' }))).toBe(alone);
  });

  it('marks the whole word a stem matched, not just the stem', () => {
    const finding = checkListing({ title: 'Реплика часов Omega' }).findings.find(
      (f) => f.ruleId === 'plp.ip.replica',
    );
    expect(finding?.matched).toBe('Реплика');
  });

  it('includes a combining accent after the last letter in the span', () => {
    const title = 'replica\u0301 watch';
    const finding = checkListing({ title }).findings.find((f) => f.ruleId === 'plp.ip.replica');
    expect(finding?.matched).toBe('replica\u0301');
  });

  it('reports one evasion per disguised span and one finding per brand', () => {
    const result = checkListing({ title: 'R0LEX R0LEX watch', category: 'jewellery-watches' });
    const evasion = result.findings.filter((f) => f.ruleId === 'plp.evasion.distorted-keyword');
    expect(new Set(evasion.map((f) => `${f.start}-${f.end}`)).size).toBe(evasion.length);
    expect(result.findings.filter((f) => f.ruleId === 'plp.ip.unauthorised-brand')).toHaveLength(1);
    const fake = checkListing({ title: 'f4ke passport' }).findings.filter(
      (f) => f.ruleId === 'plp.evasion.distorted-keyword',
    );
    expect(fake).toHaveLength(1);
  });

  it('stays fast when weak words and brands are spread through a long text', () => {
    // Was quadratic: 250 brands, 5,000 words, 250 weak words took half a minute. Now one linear pass.
    const description = 'Rolex '.repeat(250) + 'plain words '.repeat(2_500) + 'reps '.repeat(250) + 'Rolex';
    const result = checkListing({ title: 'x', description });
    // Only the last four "reps" stand within four words of a brand (the final "Rolex").
    expect(result.findings.filter((f) => f.ruleId === 'plp.ip.replica-weak')).toHaveLength(4);
  });

  it('caps disguised brand findings on a huge field', () => {
    const result = checkListing({ title: 'x', description: 'R\u043elex '.repeat(20_000) });
    expect(result.findings.length).toBeLessThanOrEqual(120);
  });
});
