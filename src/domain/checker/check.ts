import { ONE, SPACE } from './chars';
import { catalogue, fold, type CompiledCatalogue, type Pattern } from './compile';
import { explain } from './explain';
import { buildScreen, type Screen } from './screen';
import { EVASION_FLAGS, foldedString, normalize, type Normalized } from './normalize';
import { offPlatformFindings } from './off-platform';
import { around, containsPhrase, wordDistance, wordsBack } from './text-window';
import type { CheckContext, CheckResult, Field, Finding, ListingText, Verdict } from './types';

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
  if (u[end] === 0x73 && (end + 1 === n.length || u[end + 1] === SPACE)) return 1;
  if (u[end] === 0x65 && u[end + 1] === 0x73 && (end + 2 === n.length || u[end + 2] === SPACE)) return 2;
  return 0;
}

function sameLetter(unit: number, letter: number): boolean {
  return unit === letter || (unit === ONE && (letter === 0x69 || letter === 0x6c));
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
function collectHits(n: Normalized, compiled: CompiledCatalogue): Hit[] {
  const hits: Hit[] = [];
  const { patterns, matcher } = compiled;
  matcher.scan(n.units, n.length, (index, end) => {
    if (hits.length >= MAX_HITS_PER_FIELD) return;
    const pattern = patterns[index] as Pattern;
    const start = end - (matcher.patternLengths[index] as number);
    if (start > 0 && n.units[start - 1] !== SPACE) return;
    if (pattern.rest) {
      const stop = matchRest(n, end, pattern.rest);
      if (stop > 0) hits.push({ pattern, start, end: stop });
      return;
    }
    let stop = end;
    if (end < n.length && n.units[end] !== SPACE) {
      const suffix = pattern.english ? isEnglishSuffix(n, end) : 0;
      if (suffix) stop = end + suffix;
      else if (!pattern.stem) return;
    }
    hits.push({ pattern, start, end: stop });
  });
  return hits;
}

function spanFlags(n: Normalized, start: number, end: number): number {
  let flags = 0;
  for (let k = start; k < end; k++) flags |= n.flags[k] as number;
  return flags;
}

/** The original characters behind a folded span (the end of the last unit, surrogate pairs included). */
function originalSpan(text: string, n: Normalized, start: number, end: number): [number, number] {
  const from = n.origin[start] as number;
  const last = n.origin[end - 1] as number;
  const code = text.charCodeAt(last);
  return [from, last + (code >= 0xd800 && code <= 0xdbff ? 2 : 1)];
}

interface FieldScan {
  field: Field;
  text: string;
  n: Normalized;
  hits: Hit[];
}

function makeFinding(
  scan: FieldScan,
  hit: Hit,
  base: Omit<
    Finding,
    'field' | 'start' | 'end' | 'matched' | 'term' | 'normalized' | 'transformations' | 'automated'
  >,
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
    transformations: explain(scan.text, scan.n, hit.start, hit.end, hit.pattern.folded),
    automated: true,
  };
}

/** Is this brand mention preceded by compatibility wording ("case for iPhone", "для Samsung")? */
function isCompatibility(
  scan: FieldScan,
  hit: Hit,
  covered: readonly Hit[],
  compiled: CompiledCatalogue,
): boolean {
  const before = foldedString(scan.n, wordsBack(scan.n, hit.start, 8), Math.max(0, hit.start - 1));
  // Numbers do not count as words between ("fits the 6.1-inch iPhone").
  const words = before.split(' ').filter((word) => !/^\d+$/.test(word));
  for (const phrase of compiled.compat) {
    const phraseWords = phrase.split(' ').length;
    // The phrase right before the brand, or a few words before it ("fits the 6.1-inch iPhone", "для телефона Samsung").
    for (let skip = 0; skip <= 3; skip++) {
      const tail = words.slice(Math.max(0, words.length - phraseWords - skip), words.length - skip).join(' ');
      if (tail === phrase) return true;
    }
  }
  // "compatible with iPhone and Samsung": a brand listed right after a covered one is covered too.
  const previous = covered[covered.length - 1];
  if (previous && wordDistance(scan.n, previous.end, hit.start) <= 3) {
    const between = foldedString(scan.n, previous.end, hit.start).trim().split(' ').filter(Boolean);
    return between.every((word) => /\d/.test(word) || word.length <= 4);
  }
  return false;
}

function resolveRuleHits(
  scan: FieldScan,
  brandHits: readonly Hit[],
  brandInField: boolean,
  compiled: CompiledCatalogue,
  findings: Finding[],
): void {
  const perRule = new Map<number, Hit[]>();
  for (const hit of scan.hits) {
    if (hit.pattern.kind !== 'rule') continue;
    const owner = hit.pattern.owner;
    const rule = compiled.rules[owner];
    if (!rule) continue;
    const unless = compiled.unless.get(owner);
    if (unless) {
      const context = around(scan.n, hit.start, hit.end, unless.window);
      if (unless.words.some((word) => containsPhrase(context, word))) continue;
    }
    if (rule.nearBrand) {
      const near = brandHits.some((b) => wordDistance(scan.n, b.start, hit.start) <= NEAR_BRAND_WORDS);
      if (!near && !(brandInField && scan.field === 'title')) continue;
    }
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
      const { id, category, severity, points, policy, reason, fix } = rule;
      findings.push(makeFinding(scan, hit, { ruleId: id, category, severity, points, policy, reason, fix }));
      if (spanFlags(scan.n, hit.start, hit.end) & EVASION_FLAGS)
        findings.push(makeFinding(scan, hit, { ...EVASION }));
    }
  }
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
  for (const hit of brandHits) {
    const brand = compiled.brands[hit.pattern.owner];
    if (!brand) continue;
    const evasive = (spanFlags(scan.n, hit.start, hit.end) & EVASION_FLAGS) !== 0;
    if (evasive) findings.push(makeFinding(scan, hit, { ...EVASION }));
    const compat = scan.field !== 'brand' && isCompatibility(scan, hit, covered, compiled);
    if (compat) covered.push(hit);
    const key = `${hit.pattern.owner}:${compat}`;
    if (seen.has(key) && !evasive) continue; // one finding per brand and kind is enough to act on
    seen.add(key);
    const policy = { policy: 'ipr-protection-policy', clause: 'general-infringement' };
    if (authorised.has(hit.pattern.owner)) {
      findings.push(
        makeFinding(scan, hit, {
          ruleId: 'plp.ip.authorised-brand',
          category: 'brand',
          severity: 'info',
          points: 0,
          policy: { policy: 'ipr-protection-policy', clause: 'authorised-brands' },
          reason: `${brand.name} is covered by your brand authorisation on record.`,
          fix: 'Nothing to do while the authorisation is valid.',
        }),
      );
    } else if (compat && !compiled.noCompatCategories.has(category)) {
      findings.push(
        makeFinding(scan, hit, {
          ruleId: 'plp.ip.compatibility',
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
          severity: 'warn',
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
  const fieldBrand = compiled.brandByAlias.get(fold(brandText));

  for (const field of ['title', 'description', 'brand'] as const) {
    const text = field === 'brand' ? brandText : asText(listing[field]);
    if (!text) continue;
    // Most honest text has nothing a rule could match: the quick screen lets it through without the full pass.
    if (useScreen && field !== 'brand' && !quickScreen().needsAttention(text)) continue;
    const n = normalize(text);
    const scan: FieldScan = { field, text, n, hits: collectHits(n, compiled) };
    const brandHits = scan.hits.filter((hit) => hit.pattern.kind === 'brand');
    resolveRuleHits(scan, brandHits, fieldBrand !== undefined, compiled, findings);
    brandFindings(scan, brandHits, category, authorised, compiled, findings);
    if (field === 'title') stuffingFinding(scan, brandHits, findings);
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
  return { verdict: verdictOf(findings, context.reviewOnlyRules), findings };
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
