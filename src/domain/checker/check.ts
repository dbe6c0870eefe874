import { KIND, Kind, ONE, SPACE } from './chars';
import { catalogue, fold, type CompiledCatalogue, type Pattern } from './compile';
import { alternateReading } from './variants';
import { explain } from './explain';
import { buildScreen, type Screen } from './screen';
import { EVASION_FLAGS, Flag, foldedString, normalize, type Normalized } from './normalize';
import { offPlatformFindings } from './off-platform';
import { detectProductType } from './product-type';
import { russianStem } from './russian-stem';
import { around, containsPhrase, wordsBack, wordsForward } from './text-window';
import type { TermRule } from './rules/rule-types';
import type {
  CheckContext,
  CheckResult,
  Confidence,
  EvidenceBasis,
  Field,
  Finding,
  ListingText,
  ProductKind,
  ProductType,
  Severity,
  Verdict,
} from './types';

/** Enough for any honest text; a field repeating one term thousands of times is reported 50 times per rule. */
const MAX_HITS_PER_FIELD = 2_000;
const MAX_FINDINGS_PER_RULE = 50;
const NEAR_BRAND_WORDS = 4;
const STUFFING_BRANDS = 4;

let screen: Screen | null = null;
function quickScreen(): Screen {
  screen ??= buildScreen(catalogue());
  return screen;
}

interface Hit {
  pattern: Pattern;
  start: number;
  end: number;
  /** For a combination: the words that made it, each a hit of its own. */
  parts?: readonly Hit[];
}

const EVASION = {
  ruleId: 'plp.evasion.distorted-keyword',
  category: 'evasion',
  severity: 'block',
  points: 1,
  policy: { policy: 'product-listing-policy', clause: 'evasion' },
  reason: 'The words were disguised to get past the checks; disguising them is an offence of its own.',
  fix: 'Write the words plainly. If the item is banned, remove the listing rather than disguising it.',
} as const;

function isEnglishSuffix(n: Normalized, end: number): number {
  // "replicas", "switchblades", "boxes": an English plural still counts as the word.
  const u = n.units;
  const length = n.length;
  if (end < length && u[end] === 0x73 && (end + 1 === length || u[end + 1] === SPACE)) return 1;
  if (
    end + 1 < length &&
    u[end] === 0x65 &&
    u[end + 1] === 0x73 &&
    (end + 2 === length || u[end + 2] === SPACE)
  )
    return 2;
  return 0;
}

function sameLetter(unit: number, letter: number): boolean {
  return unit === letter || (unit === ONE && (letter === 0x69 || letter === 0x6c));
}

/** Diminutive and adjective-making suffixes that keep a word's sense: "трусики" is still "трусы". */
const RUSSIAN_DERIVED = new Set([
  'ик',
  'ок',
  'ек',
  'чик',
  'очк',
  'ечк',
  'ишк',
  'ушк',
  'еньк',
  'оньк',
  'ов',
  'ев',
  'ск',
  'н',
]);

function sameRussianStem(wordStem: string, termStem: string): boolean {
  return (
    wordStem === termStem ||
    (wordStem.startsWith(termStem) && RUSSIAN_DERIVED.has(wordStem.slice(termStem.length)))
  );
}

/** After the first word of a multi-word stem, each following word must start with the next stem; returns the end. */
function matchRest(n: Normalized, from: number, rest: readonly string[]): number {
  let pos = from;
  for (const word of rest) {
    while (pos < n.length && n.units[pos] !== SPACE) pos++;
    if (pos >= n.length) return -1;
    pos++;
    for (let k = 0; k < word.length; k++, pos++) {
      if (pos >= n.length || !sameLetter(n.units[pos] as number, word.charCodeAt(k))) return -1;
    }
  }
  while (pos < n.length && n.units[pos] !== SPACE) pos++;
  return pos;
}

/** Whole words only (or a word's start, for stems), so "classic", "Dickens" and "therapist" stay quiet. */
function collectHits(n: Normalized, { patterns, matcher }: CompiledCatalogue): Hit[] {
  const hits: Hit[] = [];
  matcher.scan(n.units, n.length, (index, end) => {
    if (hits.length >= MAX_HITS_PER_FIELD) return;
    const pattern = patterns[index] as Pattern;
    const start = end - (matcher.patternLengths[index] as number);
    // Inside letters someone spaced out ("buy a r e p l i c a w a t c h" reads "areplicawatch") a word
    // may start or end anywhere: the spacing already took the word breaks away.
    const spacedStart =
      ((n.flags[start] as number) & Flag.Spaced) !== 0 &&
      start > 0 &&
      ((n.flags[start - 1] as number) & Flag.Spaced) !== 0;
    const spacedEnd =
      ((n.flags[end - 1] as number) & Flag.Spaced) !== 0 &&
      end < n.length &&
      ((n.flags[end] as number) & Flag.Spaced) !== 0;
    if (start > 0 && n.units[start - 1] !== SPACE && !spacedStart) return;
    if (pattern.rest) {
      const stop = matchRest(n, end, pattern.rest);
      if (stop > 0) hits.push({ pattern, start, end: stop });
      return;
    }
    let stop = end;
    if (end < n.length && n.units[end] !== SPACE && !spacedEnd) {
      const suffix = pattern.english ? isEnglishSuffix(n, end) : 0;
      if (suffix) stop = end + suffix;
      else if (!pattern.stem) return;
      else {
        // A stem covers its whole word ("Реплик" marks "Реплика"), so the seller sees the word they wrote.
        let rest = end;
        while (rest < n.length && n.units[rest] !== SPACE) rest++;
        // A case ending, not another word that starts the same.
        if ((pattern.kind === 'brand' || pattern.translit) && rest - end > 3) return;
        stop = rest;
      }
    }
    // A short Russian stem must be the word's own stem: "нож" finds "ножи" and "ножом", not "ножницы".
    if (pattern.exactStem && !sameRussianStem(russianStem(foldedString(n, start, stop)), pattern.exactStem))
      return;
    hits.push({ pattern, start, end: stop });
  });
  return hits;
}

function spanFlags(n: Normalized, start: number, end: number): number {
  let flags = 0;
  for (let k = start; k < end; k++) flags |= n.flags[k] as number;
  return flags;
}

function hitFlags(n: Normalized, hit: Hit): number {
  if (!hit.parts) return spanFlags(n, hit.start, hit.end);
  let flags = 0;
  for (const part of hit.parts) flags |= spanFlags(n, part.start, part.end);
  return flags;
}

function isTransliterated(hit: Hit): boolean {
  return hit.pattern.translit === true || (hit.parts?.some((part) => part.pattern.translit) ?? false);
}

/**
 * Word-order-free combinations: for each, the first place where one word of every group stands within its
 * window, as one hit from the first word to the last, named by the combination ("police … uniform").
 */
function comboHits(scan: FieldScan, compiled: CompiledCatalogue): Hit[] {
  const byCombo = new Map<number, Hit[]>();
  for (const hit of scan.hits) {
    if (hit.pattern.kind !== 'combo') continue;
    const list = byCombo.get(hit.pattern.owner) ?? [];
    if (list.length < MAX_FINDINGS_PER_RULE * 4) list.push(hit);
    byCombo.set(hit.pattern.owner, list);
  }
  const out: Hit[] = [];
  for (const [index, hits] of byCombo) {
    const combo = compiled.combos[index];
    if (!combo) continue;
    for (const anchor of hits) {
      if (anchor.pattern.group !== 0) continue;
      const at = wordNumber(scan, anchor.start);
      const parts: Hit[] = [anchor];
      for (let group = 1; group < combo.groups; group++) {
        let best: Hit | undefined;
        let bestDistance = Infinity;
        for (const hit of hits) {
          if (hit.pattern.group !== group || parts.includes(hit)) continue;
          const distance = Math.abs(wordNumber(scan, hit.start) - at);
          if (distance <= combo.window && distance < bestDistance) {
            best = hit;
            bestDistance = distance;
          }
        }
        if (!best) break;
        parts.push(best);
      }
      if (parts.length < combo.groups) continue;
      const words = parts.map((part) => wordNumber(scan, part.start));
      if (Math.max(...words) - Math.min(...words) > combo.window) continue;
      const start = Math.min(...parts.map((part) => part.start));
      const end = Math.max(...parts.map((part) => part.end));
      const rule = compiled.rules[combo.rule];
      out.push({
        pattern: {
          ...anchor.pattern,
          kind: 'rule',
          owner: combo.rule,
          term: combo.label,
          folded: foldedString(scan.n, start, end),
          head: combo.head,
          translit: false,
        },
        start,
        end,
        parts,
      });
      if (!rule || out.length >= MAX_FINDINGS_PER_RULE) break;
    }
  }
  return out;
}

/** The original characters behind a folded span (the end of the last unit, surrogate pairs included). */
function originalSpan(text: string, n: Normalized, start: number, end: number): [number, number] {
  const from = n.origin[start] as number;
  const last = n.origin[end - 1] as number;
  const code = text.charCodeAt(last);
  let stop = last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1);
  // Accents written as combining marks after the last letter belong to it.
  while (stop < text.length && KIND[text.charCodeAt(stop)] === Kind.Mark) stop++;
  return [from, stop];
}

interface FieldScan {
  field: Field;
  text: string;
  n: Normalized;
  hits: Hit[];
  /** Word number of every folded unit, built on first use (linear), so distances cost O(1). */
  words?: Int32Array;
}

function wordNumber(scan: FieldScan, position: number): number {
  if (!scan.words) {
    const words = new Int32Array(scan.n.length + 1);
    let count = 0;
    for (let k = 0; k < scan.n.length; k++) {
      if (scan.n.units[k] === SPACE) count++;
      words[k] = count;
    }
    words[scan.n.length] = count;
    scan.words = words;
  }
  return scan.words[Math.min(position, scan.n.length)] as number;
}

/** Is any of the (sorted) word numbers within `distance` of `word`? Binary search: O(log n). */
function anyWithin(sorted: readonly number[], word: number, distance: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < word - distance) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && (sorted[lo] as number) <= word + distance;
}

function makeFinding(
  scan: FieldScan,
  hit: Hit,
  base: Omit<
    Finding,
    | 'field'
    | 'start'
    | 'end'
    | 'matched'
    | 'term'
    | 'normalized'
    | 'transformations'
    | 'automated'
    | 'confidence'
    | 'basis'
    | 'ruleSeverity'
  > &
    Partial<Pick<Finding, 'confidence' | 'basis' | 'ruleSeverity'>>,
): Finding {
  const [start, end] = originalSpan(scan.text, scan.n, hit.start, hit.end);
  return {
    ...base,
    field: scan.field,
    start,
    end,
    matched: scan.text.slice(start, end),
    term: hit.pattern.term,
    normalized: foldedString(scan.n, hit.start, hit.end),
    transformations: [
      ...(hit.parts
        ? hit.parts.flatMap((part) => explain(scan.text, scan.n, part.start, part.end, part.pattern.folded))
        : explain(scan.text, scan.n, hit.start, hit.end, hit.pattern.folded)),
      ...(isTransliterated(hit)
        ? [{ kind: 'transliterated' as const, note: 'Russian written in Latin letters read in Cyrillic' }]
        : []),
    ],
    automated: true,
    confidence: base.confidence ?? 'high',
    basis: base.basis ?? 'explicit',
    ruleSeverity: base.ruleSeverity ?? base.severity,
  };
}

/** Categories where a brand named with no authorisation on record is a warning, not a note. */
const BRAND_SENSITIVE_CATEGORIES: ReadonlySet<string> = new Set(['beauty-health']);

const MEDIA_KINDS: ReadonlySet<ProductKind> = new Set(['game', 'film', 'music', 'book', 'software']);

interface Assessment {
  severity: Severity;
  confidence: Confidence;
  basis: EvidenceBasis;
}

const LOWER: Record<Severity, Severity> = { block: 'warn', warn: 'info', info: 'info' };

/**
 * How much a rule's hit counts, as a reviewer would weigh it: is the banned thing what the listing sells? A
 * bare product noun in the title of physical goods is the item sold; in the description alone it may not be;
 * a game, film, book or software listing is about it and does not sell it; a toy or costume only looks like it.
 */
/** Words that make the noun after them the purpose of the item, not the item: "case for cigarettes", "на 20 сигарет". */
const PURPOSE_WORDS = new Set(['for', 'для', 'под', 'на']);

/** Is the bare noun at `start` what the item is for ("Pipe for tobacco", "портсигар на 20 сигарет")? */
function isPurpose(n: Normalized, start: number): boolean {
  const words = foldedString(n, wordsBack(n, start, 3), start)
    .split(' ')
    .filter(Boolean);
  // Skip a number and the words of a phrase's start ("for pipe tobacco", "на 20 сигарет").
  for (let k = words.length - 1, skipped = 0; k >= 0 && skipped <= 2; k--, skipped++) {
    const word = words[k] as string;
    if (PURPOSE_WORDS.has(word)) return k > 0; // "for" opening the title is not a purpose
  }
  return false;
}

function assess(
  rule: TermRule,
  hit: Hit,
  field: Field,
  productType: ProductType,
  n: Normalized,
): Assessment | null {
  const appliesTo =
    rule.appliesTo ?? (rule.category === 'prohibited' || rule.category === 'restricted' ? 'goods' : 'any');
  const head = hit.pattern.head;
  // A bare noun inside a listing whose title says it sells a book, film or game is its subject, whatever the rule.
  if (head && productType.source === 'title' && MEDIA_KINDS.has(productType.kind))
    return { severity: 'info', confidence: 'low', basis: 'media-subject' };
  if (appliesTo === 'goods') {
    if (MEDIA_KINDS.has(productType.kind))
      return { severity: 'info', confidence: 'low', basis: 'media-subject' };
    if (productType.kind === 'toy' || productType.kind === 'costume') {
      const basis = productType.kind;
      return head
        ? { severity: 'info', confidence: 'low', basis }
        : { severity: LOWER[rule.severity], confidence: 'medium', basis };
    }
  }
  // "Briar pipe for pipe tobacco", "Портсигар на 20 сигарет": the noun is what the item is for, not the item.
  if (head && appliesTo === 'goods' && isPurpose(n, hit.start)) return null;
  if (head && field === 'description')
    return {
      severity: LOWER[rule.severity] === 'info' ? 'warn' : LOWER[rule.severity],
      confidence: 'medium',
      basis: 'description-only',
    };
  if (head) return { severity: rule.severity, confidence: 'high', basis: 'sold-item' };
  if (rule.nearBrand) return { severity: rule.severity, confidence: 'high', basis: 'near-brand' };
  return { severity: rule.severity, confidence: 'high', basis: 'explicit' };
}

/** Words that may stand between "for" and the brand without changing what the sentence says. */
const BETWEEN_COMPAT_AND_BRAND = new Set(
  [
    'the',
    'a',
    'an',
    'your',
    'all',
    'new',
    'old',
    'inch',
    'model',
    'models',
    'series',
    'phone',
    'phones',
    'smartphone',
    'smartphones',
    'laptop',
    'tablet',
    'car',
    'cars',
    'vacuum',
    'console',
    'mm',
    'cm',
    'gen',
    'generation',
    'телефона',
    'телефонов',
    'смартфона',
    'смартфонов',
    'ноутбука',
    'планшета',
    'моделей',
    'модели',
    'серии',
    'всех',
    'авто',
    'автомобиля',
    'пылесоса',
    'приставки',
    'дюйма',
    'мм',
  ].map((word) => word),
);

/** Is this brand mention preceded by compatibility wording ("case for iPhone", "для Samsung")? */
function isCompatibility(
  scan: FieldScan,
  hit: Hit,
  covered: readonly Hit[],
  compiled: CompiledCatalogue,
): boolean {
  const before = foldedString(scan.n, wordsBack(scan.n, hit.start, 8), Math.max(0, hit.start - 1));
  // Numbers do not count as words between ("fits the 6.1-inch iPhone").
  const words = before.split(' ').filter((word) => word && !/^\d+$/.test(word));
  for (const phrase of compiled.compat) {
    const phraseWords = phrase.split(' ').length;
    // The phrase right before the brand, or a few neutral words before it ("fits the 6.1-inch iPhone").
    for (let skip = 0; skip <= 3; skip++) {
      const between = words.slice(words.length - skip);
      if (skip > 0 && !between.every((word) => BETWEEN_COMPAT_AND_BRAND.has(word) || /\d/.test(word))) break;
      const tail = words.slice(Math.max(0, words.length - phraseWords - skip), words.length - skip).join(' ');
      if (tail === phrase) return true;
    }
  }
  // "compatible with iPhone 15 and Samsung": a brand joined by "and"/"or" to a covered one is covered too.
  const previous = covered[covered.length - 1];
  if (previous && wordNumber(scan, hit.start) - wordNumber(scan, previous.end) <= 4) {
    const between = foldedString(scan.n, previous.end, hit.start).trim().split(' ').filter(Boolean);
    const joiners: string[] = between.filter(
      (word) => word === 'and' || word === 'or' || word === 'и' || word === 'или',
    );
    return (
      joiners.length > 0 &&
      between.every(
        (word) =>
          joiners.includes(word) || /\d/.test(word) || BETWEEN_COMPAT_AND_BRAND.has(word) || word.length <= 4,
      )
    );
  }
  return false;
}

function resolveRuleHits(
  scan: FieldScan,
  brandHits: readonly Hit[],
  compiled: CompiledCatalogue,
  productType: ProductType,
  findings: Finding[],
  listingBrand: boolean,
  title: () => string,
): void {
  const perRule = new Map<number, Hit[]>();
  /** Hits of slang rules that count because the listing names a brand, not because one stands next to them. */
  const byListingBrand = new Set<Hit>();
  let brandWords: number[] | null = null;
  for (const hit of scan.hits) {
    if (hit.pattern.kind !== 'rule') continue;
    const owner = hit.pattern.owner;
    const rule = compiled.rules[owner];
    if (!rule) continue;
    brandWords ??= brandHits.map((b) => wordNumber(scan, b.start)).sort((a, b) => a - b);
    const nearBrand = anyWithin(brandWords, wordNumber(scan, hit.start), NEAR_BRAND_WORDS);
    const unless = compiled.unless.get(owner);
    // An excuse ("scale model", "display") never clears IP wording next to a brand: "Replica Rolex model 116500".
    // A slang rule's own excuses ("copy of a key for Toyota") still count.
    if (unless && !(rule.category === 'ip' && rule.severity === 'block' && nearBrand && !rule.nearBrand)) {
      const context = around(scan.n, hit.start, hit.end, unless.window);
      if (unless.words.some((word) => containsPhrase(context, word))) continue;
      // A bare noun in the description of an item the title names otherwise: the glue gun's "пистолет".
      if (
        scan.field === 'description' &&
        hit.pattern.head &&
        unless.words.some((word) => containsPhrase(title(), word))
      )
        continue;
    }
    if (rule.nearBrand === 'listing' && !nearBrand) {
      if (!listingBrand) continue;
      byListingBrand.add(hit);
    } else if (rule.nearBrand && !nearBrand) continue;
    const list = perRule.get(owner) ?? [];
    // Keep the longest of overlapping hits ("replica watch" over "replica").
    const overlap = list.findIndex((h) => h.start < hit.end && hit.start < h.end);
    if (overlap >= 0) {
      const other = list[overlap] as Hit;
      if (hit.end - hit.start > other.end - other.start) list[overlap] = hit;
      continue;
    }
    if (list.length < MAX_FINDINGS_PER_RULE) list.push(hit);
    perRule.set(owner, list);
  }
  for (const [owner, hits] of perRule) {
    const rule = compiled.rules[owner];
    if (!rule) continue;
    for (const hit of hits) {
      const { id, category, points, policy, reason, fix } = rule;
      const assessed = assess(rule, hit, scan.field, productType, scan.n);
      if (!assessed) continue;
      const assessment = byListingBrand.has(hit)
        ? { ...assessed, basis: 'listing-brand' as const }
        : assessed;
      findings.push(
        makeFinding(scan, hit, {
          ruleId: id,
          category,
          points,
          policy,
          reason,
          fix,
          ...assessment,
          ruleSeverity: rule.severity,
        }),
      );
      if (hitFlags(scan.n, hit) & EVASION_FLAGS)
        findings.push(makeFinding(scan, hit, evasionFinding(assessment)));
    }
  }
}

/**
 * Disguising words is an offence of its own; it blocks as surely as the words it hid would. Inside a game, book
 * or film listing (where the words were only what it is about) it still needs a person to look.
 */
function evasionFinding(hidden: Assessment) {
  return hidden.severity === 'info'
    ? ({ ...EVASION, severity: 'warn', confidence: 'medium', basis: 'disguised' } as const)
    : ({ ...EVASION, confidence: 'high', basis: 'disguised' } as const);
}

/** Words after a brand that say its design is on the item: "Gucci pattern", "логотип Adidas". */
const DESIGN_WORDS = [
  'pattern',
  'print',
  'logo',
  'monogram',
  'design',
  'принт',
  'узор',
  'логотип',
  'рисунок',
];

function bearsBrandDesign(scan: FieldScan, hit: Hit): boolean {
  const after = foldedString(scan.n, hit.end, wordsForward(scan.n, hit.end, 1));
  return DESIGN_WORDS.some((word) => containsPhrase(after, word));
}

function brandFindings(
  scan: FieldScan,
  brandHits: readonly Hit[],
  category: string,
  authorised: ReadonlySet<number>,
  compiled: CompiledCatalogue,
  findings: Finding[],
): void {
  const covered: Hit[] = [];
  const seen = new Set<string>();
  const fashion = compiled.noCompatCategories.has(category);
  // Where counterfeits concentrate, a brand named without an authorisation needs one before the item sells.
  const sensitive = fashion || BRAND_SENSITIVE_CATEGORIES.has(category);
  for (const hit of brandHits) {
    const brand = compiled.brands[hit.pattern.owner];
    if (!brand) continue;
    // "Apple cider vinegar" is not the brand.
    const unless = compiled.brandUnless.get(hit.pattern.owner);
    if (unless) {
      const context = around(scan.n, hit.start, hit.end, 3);
      if (unless.some((word) => containsPhrase(context, word))) continue;
    }
    const evasive = (spanFlags(scan.n, hit.start, hit.end) & EVASION_FLAGS) !== 0;
    if (evasive)
      findings.push(
        makeFinding(scan, hit, evasionFinding({ severity: 'block', confidence: 'high', basis: 'disguised' })),
      );
    // "Case for iPhone, Gucci pattern": the brand's design on the item is not what it fits.
    const compat =
      scan.field !== 'brand' && !bearsBrandDesign(scan, hit) && isCompatibility(scan, hit, covered, compiled);
    if (compat) covered.push(hit);
    const key = `${hit.pattern.owner}:${compat}`;
    if (seen.has(key)) continue; // one finding per brand and kind is enough to act on
    seen.add(key);
    const policy = { policy: 'ipr-protection-policy', clause: 'general-infringement' };
    if (authorised.has(hit.pattern.owner)) {
      findings.push(
        makeFinding(scan, hit, {
          ruleId: 'plp.ip.authorised-brand',
          basis: 'brand-mention',
          category: 'brand',
          severity: 'info',
          points: 0,
          policy: { policy: 'ipr-protection-policy', clause: 'authorised-brands' },
          reason: `${brand.name} is covered by your brand authorisation on record.`,
          fix: 'Nothing to do while the authorisation is valid.',
        }),
      );
    } else if (compat && !fashion) {
      findings.push(
        makeFinding(scan, hit, {
          ruleId: 'plp.ip.compatibility',
          basis: 'brand-mention',
          category: 'brand',
          severity: 'info',
          points: 0,
          policy: { policy: 'product-listing-policy', clause: 'ip' },
          reason: `Naming ${brand.name} as what the product fits or works with is allowed.`,
          fix: 'Keep the brand after the compatibility words ("for", "compatible with"), not at the front of the title.',
        }),
      );
    } else if (compat) {
      findings.push(
        makeFinding(scan, hit, {
          ruleId: 'plp.ip.brand-misuse',
          basis: 'brand-mention',
          category: 'ip',
          severity: 'warn',
          points: 2,
          policy,
          reason: `"For ${brand.name}" wording does not excuse a brand on clothing, jewellery, shoes or bags.`,
          fix: `Remove ${brand.name} from the text, or add an authorisation from the brand owner.`,
        }),
      );
    } else {
      findings.push(
        makeFinding(scan, hit, {
          ruleId: 'plp.ip.unauthorised-brand',
          category: 'ip',
          // Where counterfeits concentrate (clothing, shoes, bags, jewellery and watches) a brand named with no
          // authorisation on record needs one before it sells; elsewhere honest shops name brands all the time,
          // so it is a note that says what would make it certain.
          severity: sensitive || bearsBrandDesign(scan, hit) ? 'warn' : 'info',
          ruleSeverity: 'warn',
          confidence: 'medium',
          basis: 'brand-mention',
          points: 2,
          policy,
          reason: `${brand.name} is named, and no authorisation from the brand owner is on record for this shop.`,
          fix: `Upload an authorisation for ${brand.name}, or remove the brand; for accessories, say what it fits ("case for …").`,
        }),
      );
    }
  }
}

function stuffingFinding(scan: FieldScan, brandHits: readonly Hit[], findings: Finding[]): void {
  const distinct = new Map<number, Hit>();
  for (const hit of brandHits) if (!distinct.has(hit.pattern.owner)) distinct.set(hit.pattern.owner, hit);
  if (distinct.size < STUFFING_BRANDS) return;
  const hits = [...distinct.values()];
  const first = hits[0] as Hit;
  const last = hits[hits.length - 1] as Hit;
  const span: Hit = {
    pattern: { ...first.pattern, term: `${distinct.size} brands` },
    start: first.start,
    end: last.end,
  };
  findings.push(
    makeFinding(scan, span, {
      ruleId: 'plp.search-abuse.stuffing',
      category: 'search-abuse',
      severity: 'warn',
      points: 1,
      policy: { policy: 'product-listing-policy', clause: 'search-abuse' },
      reason: `The title lists ${distinct.size} brands to catch searches for each of them.`,
      fix: 'Name only the brand the product is, or the one or two models it fits.',
    }),
  );
}

/** One evasion finding per disguised span (several rules may match the same words), at most 50 per field. */
function dedupeEvasion(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  const perField = new Map<string, number>();
  for (const finding of findings) {
    if (finding.ruleId !== EVASION.ruleId) continue;
    // "f4ke passport" matches two rules on overlapping words: one disguise, one evasion finding (the widest).
    const overlapping = kept.findIndex(
      (k) => k.field === finding.field && k.start < finding.end && finding.start < k.end,
    );
    if (overlapping >= 0) {
      const other = kept[overlapping] as Finding;
      if (finding.end - finding.start > other.end - other.start) kept[overlapping] = finding;
      continue;
    }
    const count = (perField.get(finding.field) ?? 0) + 1;
    perField.set(finding.field, count);
    if (count <= MAX_FINDINGS_PER_RULE) kept.push(finding);
  }
  const keep = new Set(kept);
  return findings.filter((finding) => finding.ruleId !== EVASION.ruleId || keep.has(finding));
}

/** Of hits that overlap ("Samsung" inside "Samsung Galaxy"), keeps the longest; the rest stay in order. */
function longestOfOverlapping(hits: readonly Hit[]): Hit[] {
  const kept: Hit[] = [];
  for (const hit of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) {
      if (hit.end - hit.start > last.end - last.start) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  return kept;
}

function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  try {
    return String(value);
  } catch {
    return '';
  }
}

function verdictOf(findings: readonly Finding[], reviewOnly: ReadonlySet<string> | undefined): Verdict {
  let verdict: Verdict = 'ok';
  for (const finding of findings) {
    const severity =
      finding.severity === 'block' && reviewOnly?.has(finding.ruleId) ? 'warn' : finding.severity;
    if (severity === 'block') return 'block';
    if (severity === 'warn') verdict = 'warn';
  }
  return verdict;
}

/**
 * The other readings of a text, most texts having none: strokes inside words read "i" and then "l"; runs of a
 * letter kept to two letters, and read once when there were any.
 */
/** The quick screen reads a token both joined and split ("T-shirt" holds no term either way; "Jam-mer" does). */
const tokenMayHoldTerm = (token: string) => quickScreen().needsAttention(token);

function alternateReadings(text: string, n: Normalized): Normalized[] {
  let strokes = false;
  let runs = false;
  for (let k = 0; k < n.length; k++) {
    const unit = n.units[k] as number;
    if (unit === ONE) strokes = true;
    else if (k >= 2 && unit !== SPACE && unit === n.units[k - 1] && unit === n.units[k - 2]) runs = true;
  }
  // Runs kept to two letters, then read once; with strokes, also kept whole ("xxx v1deo").
  const keeps = runs ? (strokes ? ([0, 2, 1] as const) : ([2, 1] as const)) : ([0] as const);
  const readings: Normalized[] = [];
  for (const stroke of strokes ? [LETTER_I, LETTER_L] : [0])
    for (const keep of keeps) {
      const reading = alternateReading(text, n, { keep, stroke, joinMatters: tokenMayHoldTerm });
      if (reading) readings.push(reading);
    }
  return readings;
}

/**
 * A second reading's findings (joined fragments, runs of letters, leading digits, the other script): only what
 * it alone finds is added. It copies the first reading, which stays valid: nothing here normalises again.
 */
function addAlternateFindings(
  scan: FieldScan,
  alternate: Normalized,
  compiled: CompiledCatalogue,
  productType: ProductType,
  category: string,
  authorised: ReadonlySet<number>,
  fieldFindings: Finding[],
  listingBrand: boolean,
  title: () => string,
): void {
  const altScan: FieldScan = {
    field: scan.field,
    text: scan.text,
    n: alternate,
    hits: collectHits(alternate, compiled),
  };
  altScan.hits.push(...comboHits(altScan, compiled));
  const needed = (hit: Hit) => (hitFlags(alternate, hit) & Flag.Alternate) !== 0;
  const altBrands = longestOfOverlapping(altScan.hits.filter((hit) => hit.pattern.kind === 'brand'));
  altScan.hits = altScan.hits.filter((hit) => hit.pattern.kind === 'brand' || needed(hit));
  const extra: Finding[] = [];
  resolveRuleHits(altScan, altBrands, compiled, productType, extra, listingBrand, title);
  brandFindings(altScan, altBrands.filter(needed), category, authorised, compiled, extra);
  for (const finding of extra) {
    const known = fieldFindings.some(
      (f) => f.ruleId === finding.ruleId && f.start < finding.end && finding.start < f.end,
    );
    if (!known) fieldFindings.push(finding);
  }
}

const LETTER_I = 0x69;
const LETTER_L = 0x6c;

function checkUnsafe(listing: ListingText, context: CheckContext, useScreen: boolean): CheckResult {
  const compiled = catalogue();
  const category = asText(listing.category).trim().toLowerCase();
  const authorised = new Set<number>();
  for (const name of [
    ...(context.authorizedBrands ?? []),
    ...(Array.isArray(listing.authorizedBrands) ? listing.authorizedBrands : []),
  ]) {
    const owner = compiled.brandByAlias.get(fold(asText(name)));
    if (owner !== undefined) authorised.add(owner);
  }
  const findings: Finding[] = [];
  const brandText = asText(listing.brand);
  const productType = detectProductType(asText(listing.title), category);
  let listingBrand = compiled.brandByAlias.has(fold(brandText));
  let foldedTitle: string | null = null;
  const title = () => (foldedTitle ??= fold(asText(listing.title).slice(0, 1_000)));

  for (const field of ['title', 'description', 'brand'] as const) {
    const text = field === 'brand' ? brandText : asText(listing[field]);
    if (!text) continue;
    // Most honest text has nothing a rule could match: the quick screen lets it through without the full pass.
    if (useScreen && field !== 'brand' && !quickScreen().needsAttention(text)) continue;
    const n = normalize(text);
    const scan: FieldScan = { field, text, n, hits: collectHits(n, compiled) };
    scan.hits.push(...comboHits(scan, compiled));
    const brandHits = longestOfOverlapping(scan.hits.filter((hit) => hit.pattern.kind === 'brand'));
    const fieldFindings: Finding[] = [];
    // The title names a brand: slang anywhere in the listing is about it ("super clone" in the description).
    if (field === 'title' && brandHits.length > 0) listingBrand = true;
    resolveRuleHits(scan, brandHits, compiled, productType, fieldFindings, listingBrand, title);
    brandFindings(scan, brandHits, category, authorised, compiled, fieldFindings);
    if (field === 'title') stuffingFinding(scan, brandHits, fieldFindings);
    // The second reading (joined fragments, repeated letters, leading digits, the other script): only what it
    // alone finds is added. It copies the first reading, which stays valid: nothing here normalises again.
    if (field !== 'brand')
      for (const alternate of alternateReadings(text, n))
        addAlternateFindings(
          scan,
          alternate,
          compiled,
          productType,
          category,
          authorised,
          fieldFindings,
          listingBrand,
          title,
        );
    findings.push(...fieldFindings);
    if (field !== 'brand') {
      const mayHaveLink = scan.hits.some(
        (hit) =>
          hit.pattern.kind === 'link' &&
          (hit.pattern.term.startsWith('w') ||
            hit.pattern.term.startsWith('http') ||
            text.charCodeAt((n.origin[hit.start] as number) - 1) === 0x2e),
      );
      findings.push(...offPlatformFindings(field, text, mayHaveLink, n.digits));
    }
  }
  const unique = dedupeEvasion(findings);
  findings.length = 0;
  findings.push(...unique);
  findings.sort((a, b) =>
    a.field === b.field
      ? a.start - b.start
      : a.field === 'title'
        ? -1
        : b.field === 'title'
          ? 1
          : a.field === 'description'
            ? -1
            : 1,
  );
  return { verdict: verdictOf(findings, context.reviewOnlyRules), productType, findings };
}

/**
 * Checks one listing against the Product Listing Policy and the other rules in the catalogue. Never throws:
 * any input, however odd, gets a result. Same input, same output.
 */
export function checkListing(listing: ListingText, context: CheckContext = {}): CheckResult {
  try {
    return checkUnsafe(listing ?? {}, context ?? {}, true);
  } catch (error) {
    // Defensive: a bug here must not take the page or a batch down; a person looks at the listing instead.
    return {
      verdict: 'warn',
      productType: { kind: 'goods', source: 'default', cue: '' },
      findings: [
        {
          ruleId: 'checker.internal-error',
          category: 'content',
          severity: 'warn',
          points: 0,
          policy: { policy: 'product-listing-policy', clause: 'general' },
          reason: `The checker could not read this listing (${error instanceof Error ? error.message : 'unknown error'}); a reviewer will look at it.`,
          fix: 'Nothing to do: a person will check it.',
          field: 'title',
          start: 0,
          end: 0,
          matched: '',
          term: '',
          normalized: '',
          transformations: [],
          automated: true,
          confidence: 'low',
          basis: 'pattern',
          ruleSeverity: 'warn',
        },
      ],
    };
  }
}

/** The full pass on every field, skipping the quick screen: for tests that prove the screen loses nothing. */
export function checkListingWithoutScreen(listing: ListingText, context: CheckContext = {}): CheckResult {
  return checkUnsafe(listing, context, false);
}

/** Checks many listings; each gets its own result, in order. */
export function checkListings(listings: readonly ListingText[], context: CheckContext = {}): CheckResult[] {
  return listings.map((listing) => checkListing(listing, context));
}
