/**
 * npx tsx scripts/checker-eval.ts: measures the listing checker on the labelled regression set in
 * src/domain/checker/testdata/labelled/*.json (seller titles and descriptions in English and Russian, each
 * labelled block / warn / ok by hand against AliExpress's Product Listing Policy and Terms of Use, written without
 * looking at the checker's rule files). Prints, per file and per class, how many items the checker got right,
 * the figures the brief sets targets for, and every miss with the rules that fired.
 *
 * Exits 1 when a target is missed or the data set is malformed; `-- --no-fail` always exits 0.
 * The same functions back src/checker-labelled.test.ts (outside the domain, which imports no script), so the test and this report agree.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkListing, type CheckResult, type Verdict } from '../src/domain/checker';
import { LISTING_CATEGORIES } from '../src/shared/api/schemas/listings';

export const LABELLED_DIR = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'src',
  'domain',
  'checker',
  'testdata',
  'labelled',
);

/** The brief's targets; do not lower them to make a run pass. */
/**
 * What the checker reaches today where it is still short of a target: the unit test holds these so recall can
 * only go up; `npm run checker:eval` prints the figures against the targets themselves.
 */
export const FLOORS = {
  blockRecall: 0.84,
  evasionRecall: 0.9,
  russianRecall: 0.84,
} as const;

export const TARGETS = {
  blockRecall: 0.95,
  evasionRecall: 0.95,
  russianRecall: 0.95,
  honestOkRate: 0.95,
  /** At most this many items labelled ok or warn may be blocked, in each file. */
  falseBlocksPerFile: 1,
} as const;

/** Policy categories: the Listing Policy's general bans and categories 1-17, the IP part, Terms of Use rules. */
export const POLICY_CLASSES = [
  'general', // general bans: lock picks, fake urine, lotteries, securities
  'drugs', // 1
  'explosives', // 2: also fireworks and hazardous chemicals
  'firearms', // 3: replica and look-alike guns included
  'weapons', // 4
  'police-military', // 5
  'medical-drugs', // 6
  'medical-devices', // 7
  'adult', // 8
  'spy-devices', // 9
  'illegal-services', // 10
  'currency', // 11
  'human-animal', // 12
  'hate', // 13: Nazi items and terrorism
  'tobacco', // 14
  'gambling', // 15
  'sanctioned', // 16
  'other', // 17
  'hate-other', // hate symbols beyond Nazi ones
  'stolen-goods', // stolen goods and accounts
  'shill-reviews', // shill purchases, fake reviews and followers
  'vaccines-prescription', // vaccines and prescription medicine
  'export-controlled',
  'ip-replica', // replicas and counterfeits
  'ip-brand', // a brand's name or logo without its authorisation
  'ip-likeness', // others' faces, names, signatures
  'ip-software', // OEM, academic and pirated software
  'medical-claims', // Terms of Use 5.5: misleading medical claims
  'off-platform', // Terms of Use 5.5: links and contacts that take the sale off the platform
] as const;

/** Ways sellers disguise a banned word; every item of these classes is expected to block. */
export const EVASION_CLASSES = [
  'evasion-hyphen', // "Jam-mer"
  'evasion-emoji', // "Co❄️caine"
  'evasion-repeated', // "Jammmmer"
  'evasion-l-for-i', // "REPLlCA"
  'evasion-leet', // "5teroids", "0xycodone"
  'evasion-unit-spacing', // "9 mm ammo"
  'evasion-spaced', // "r e p l i c a"
  'evasion-lookalike', // Cyrillic letters in Latin words: "Rоlex"
  'evasion-latin-in-ru', // Latin letters in Russian words: "Kaстeт"
  'evasion-split-fields', // the banned words split between title and description
  'evasion-translit', // Russian in Latin letters: "kastet latunnyi"
  'evasion-word-order', // Russian word order, words in between: "ружья охотничьи"
] as const;

export const CLASSES = [...POLICY_CLASSES, ...EVASION_CLASSES, 'honest'] as const;
export type LabelledClass = (typeof CLASSES)[number];

const VERDICTS: readonly Verdict[] = ['ok', 'warn', 'block'];
const KEYS = ['title', 'description', 'brand', 'category', 'expect', 'class', 'lang', 'note'] as const;

export interface LabelledItem {
  title: string;
  description: string;
  brand: string | null;
  category: (typeof LISTING_CATEGORIES)[number];
  expect: Verdict;
  class: LabelledClass;
  lang: 'en' | 'ru';
  note: string;
}

export interface LabelledFile {
  file: string;
  /** The items that passed validation, with their place in the file. */
  items: { index: number; item: LabelledItem }[];
  /** `file#index: problem` for every item that did not. */
  errors: string[];
}

export function isEvasion(cls: string): boolean {
  return (EVASION_CLASSES as readonly string[]).includes(cls);
}

const hasLatin = /\p{Script=Latin}/u;
const hasCyrillic = /\p{Script=Cyrillic}/u;
const mixedWord = (text: string) =>
  text.split(/[^\p{L}]+/u).some((word) => hasLatin.test(word) && hasCyrillic.test(word));

/** What each evasion item must still contain, so that an edit (or a formatter) cannot quietly undo the trick. */
const EVASION_EVIDENCE: Partial<Record<LabelledClass, (title: string, description: string) => boolean>> = {
  'evasion-hyphen': (t, d) => /\p{L}-\p{L}/u.test(`${t} ${d}`),
  'evasion-emoji': (t, d) => /\p{L}\p{Extended_Pictographic}/u.test(`${t} ${d}`),
  'evasion-repeated': (t, d) => /(\p{L})\1\1/u.test(`${t} ${d}`),
  'evasion-l-for-i': (t, d) => /\p{Lu}l\p{Lu}/u.test(`${t} ${d}`),
  'evasion-leet': (t, d) => /(?:^|[^\p{L}\d])\d\p{L}{3,}|\p{L}\d\p{L}/u.test(`${t} ${d}`),
  'evasion-unit-spacing': (t, d) => /\d\s+(?:mm|мм|ga|x|х|калибр|lr|acp|nato)/iu.test(`${t} ${d}`),
  'evasion-spaced': (t, d) => /(?:^|\s)\p{L}(?: \p{L}){3,}(?:\s|$)/u.test(`${t} ${d}`),
  'evasion-lookalike': (t, d) => mixedWord(`${t} ${d}`),
  'evasion-latin-in-ru': (t, d) => mixedWord(`${t} ${d}`),
  'evasion-split-fields': (t, d) => t.trim() !== '' && d.trim() !== '',
  'evasion-translit': (t) => !hasCyrillic.test(t) && hasLatin.test(t),
};

/** Checks one item against the schema; returns the problems (empty when it is valid). */
export function validateItem(raw: unknown): string[] {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return ['not an object'];
  const item = raw as Record<string, unknown>;
  const problems: string[] = [];
  const keys = Object.keys(item);
  for (const key of KEYS) if (!keys.includes(key)) problems.push(`missing "${key}"`);
  for (const key of keys)
    if (!(KEYS as readonly string[]).includes(key)) problems.push(`unknown key "${key}"`);
  const { title, description, brand, category, expect, lang, note } = item;
  const cls = item.class;
  if (typeof title !== 'string' || title.trim().length < 3 || title.trim().length > 200)
    problems.push('title must be a string of 3 to 200 characters');
  if (typeof description !== 'string' || description.length > 20_000)
    problems.push('description must be a string of at most 20,000 characters');
  if (brand !== null && (typeof brand !== 'string' || brand.trim() === '' || brand.length > 100))
    problems.push('brand must be null or a non-empty string of at most 100 characters');
  if (typeof category !== 'string' || !(LISTING_CATEGORIES as readonly string[]).includes(category))
    problems.push(`category must be one of ${LISTING_CATEGORIES.join(', ')}`);
  if (typeof expect !== 'string' || !(VERDICTS as readonly string[]).includes(expect))
    problems.push('expect must be block, warn or ok');
  if (typeof cls !== 'string' || !(CLASSES as readonly string[]).includes(cls))
    problems.push(`class "${String(cls)}" is not a known policy category, evasion kind or "honest"`);
  if (lang !== 'en' && lang !== 'ru') problems.push('lang must be en or ru');
  if (typeof note !== 'string' || note.trim() === '') problems.push('note must say why');
  if (problems.length > 0) return problems;
  if ((cls === 'honest') !== (expect === 'ok'))
    problems.push('class "honest" goes with expect "ok", and only it');
  if (isEvasion(cls as string) && expect !== 'block') problems.push('an evasion item must expect block');
  const evidence = EVASION_EVIDENCE[cls as LabelledClass];
  if (evidence && !evidence(title as string, description as string))
    problems.push(`the text does not show the ${String(cls)} trick`);
  if (cls === 'evasion-lookalike' && lang !== 'en') problems.push('look-alike items are Latin text: lang en');
  if (cls === 'evasion-latin-in-ru' && lang !== 'ru') problems.push('Latin-in-Russian items are lang ru');
  return problems;
}

/** Reads every labelled file; a file that is not a JSON array is reported as an error, not thrown. */
export function loadLabelled(dir: string = LABELLED_DIR): LabelledFile[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  return files.map((file) => {
    const result: LabelledFile = { file, items: [], errors: [] };
    let data: unknown;
    try {
      data = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    } catch (error) {
      result.errors.push(`${file}: not valid JSON (${String(error)})`);
      return result;
    }
    if (!Array.isArray(data)) {
      result.errors.push(`${file}: must hold a JSON array of items`);
      return result;
    }
    data.forEach((raw, index) => {
      const problems = validateItem(raw);
      if (problems.length === 0) result.items.push({ index, item: raw as LabelledItem });
      else result.errors.push(`${file}#${index}: ${problems.join('; ')}`);
    });
    return result;
  });
}

/** Items that appear twice (same title and description), anywhere in the set. */
export function duplicates(files: readonly LabelledFile[]): string[] {
  const seen = new Map<string, string>();
  const found: string[] = [];
  for (const { file, items } of files)
    for (const { index, item } of items) {
      const key = `${item.title.trim().toLowerCase()}\u0000${item.description.trim().toLowerCase()}`;
      const where = `${file}#${index}`;
      const first = seen.get(key);
      if (first) found.push(`${where} repeats ${first}: "${item.title}"`);
      else seen.set(key, where);
    }
  return found;
}

export interface Outcome {
  file: string;
  index: number;
  item: LabelledItem;
  got: Verdict;
  result: CheckResult;
}

export interface Rate {
  hits: number;
  total: number;
  /** hits / total; 1 when there is nothing to measure. */
  rate: number;
  /** The items that count against the rate. */
  misses: Outcome[];
}

export interface FileFigures {
  file: string;
  items: number;
  blockRecall: Rate;
  honestOk: Rate;
  /** Items labelled warn that got warn. */
  warnAsExpected: Rate;
  falseBlocks: Outcome[];
}

export interface Figures {
  outcomes: Outcome[];
  blockRecall: Rate;
  evasionRecall: Rate;
  russianRecall: Rate;
  honestOkRate: Rate;
  warnAsExpected: Rate;
  perFile: FileFigures[];
  /** Per class: items whose verdict is the label. */
  perClass: { cls: string; asExpected: Rate; expected: Record<Verdict, number> }[];
}

function rate(outcomes: readonly Outcome[], hit: (outcome: Outcome) => boolean): Rate {
  const misses = outcomes.filter((outcome) => !hit(outcome));
  const total = outcomes.length;
  const hits = total - misses.length;
  return { hits, total, rate: total === 0 ? 1 : hits / total, misses };
}

const isBlockItem = (o: Outcome) => o.item.expect === 'block';
const gotBlock = (o: Outcome) => o.got === 'block';
const isFalseBlock = (o: Outcome) => o.item.expect !== 'block' && o.got === 'block';

/** Runs the checker on every item, exactly as a seller's listing would be checked (no authorisations). */
export function runChecker(files: readonly LabelledFile[]): Outcome[] {
  return files.flatMap(({ file, items }) =>
    items.map(({ index, item }) => {
      const result = checkListing({
        title: item.title,
        description: item.description,
        brand: item.brand,
        category: item.category,
      });
      return { file, index, item, got: result.verdict, result };
    }),
  );
}

export function figuresOf(outcomes: readonly Outcome[]): Figures {
  const blocks = outcomes.filter(isBlockItem);
  const fileNames = [...new Set(outcomes.map((o) => o.file))];
  const classes = [...new Set(outcomes.map((o) => o.item.class))].sort(
    (a, b) => CLASSES.indexOf(a) - CLASSES.indexOf(b),
  );
  return {
    outcomes: [...outcomes],
    blockRecall: rate(blocks, gotBlock),
    evasionRecall: rate(
      blocks.filter((o) => isEvasion(o.item.class)),
      gotBlock,
    ),
    russianRecall: rate(
      blocks.filter((o) => o.item.lang === 'ru'),
      gotBlock,
    ),
    honestOkRate: rate(
      outcomes.filter((o) => o.item.expect === 'ok'),
      (o) => o.got === 'ok',
    ),
    warnAsExpected: rate(
      outcomes.filter((o) => o.item.expect === 'warn'),
      (o) => o.got === 'warn',
    ),
    perFile: fileNames.map((file) => {
      const mine = outcomes.filter((o) => o.file === file);
      return {
        file,
        items: mine.length,
        blockRecall: rate(mine.filter(isBlockItem), gotBlock),
        honestOk: rate(
          mine.filter((o) => o.item.expect === 'ok'),
          (o) => o.got === 'ok',
        ),
        warnAsExpected: rate(
          mine.filter((o) => o.item.expect === 'warn'),
          (o) => o.got === 'warn',
        ),
        falseBlocks: mine.filter(isFalseBlock),
      };
    }),
    perClass: classes.map((cls) => {
      const mine = outcomes.filter((o) => o.item.class === cls);
      const expected: Record<Verdict, number> = { ok: 0, warn: 0, block: 0 };
      for (const o of mine) expected[o.item.expect]++;
      return { cls, asExpected: rate(mine, (o) => o.got === o.item.expect), expected };
    }),
  };
}

/** One line per miss: where, the title, what was expected and got, and which rules fired on which words. */
export function describeMiss(outcome: Outcome): string {
  const { file, index, item, got, result } = outcome;
  const rules = result.findings.length
    ? result.findings.map((f) => `${f.ruleId}(${f.severity} "${f.matched}")`).join(', ')
    : 'none';
  return `[${file}#${index}] ${item.class} ${item.lang}: "${item.title}" expected ${item.expect}, got ${got}; rules: ${rules}`;
}

export function describeMisses(outcomes: readonly Outcome[]): string {
  return outcomes.map(describeMiss).join('\n');
}

const pct = (r: Rate) => (r.total === 0 ? '-' : `${(100 * r.rate).toFixed(1)}% (${r.hits}/${r.total})`);

/** Which targets a run misses, worded for a person; empty when all are met. */
export function missedTargets(figures: Figures): string[] {
  const missed: string[] = [];
  const check = (name: string, r: Rate, target: number) => {
    if (r.rate < target) missed.push(`${name} ${pct(r)} < ${target}`);
  };
  check('block recall', figures.blockRecall, TARGETS.blockRecall);
  check('evasion recall', figures.evasionRecall, TARGETS.evasionRecall);
  check('Russian recall', figures.russianRecall, TARGETS.russianRecall);
  check('honest ok rate', figures.honestOkRate, TARGETS.honestOkRate);
  for (const f of figures.perFile)
    if (f.falseBlocks.length > TARGETS.falseBlocksPerFile)
      missed.push(`${f.file}: ${f.falseBlocks.length} false blocks > ${TARGETS.falseBlocksPerFile}`);
  return missed;
}

export function report(files: readonly LabelledFile[], figures: Figures): string {
  const lines: string[] = [];
  const errors = files.flatMap((f) => f.errors).concat(duplicates(files));
  if (errors.length) lines.push(`DATA ERRORS (${errors.length}):`, ...errors.map((e) => `  ${e}`), '');
  lines.push(`Labelled set: ${figures.outcomes.length} items in ${files.length} files`, '');
  lines.push(
    'file                     items  block recall         honest ok            warn as labelled   false blocks',
  );
  for (const f of figures.perFile)
    lines.push(
      `${f.file.padEnd(24)} ${String(f.items).padStart(5)}  ${pct(f.blockRecall).padEnd(20)} ${pct(f.honestOk).padEnd(20)} ${pct(f.warnAsExpected).padEnd(18)} ${f.falseBlocks.length}`,
    );
  lines.push('', 'class                      items  block/warn/ok  as labelled');
  for (const c of figures.perClass)
    lines.push(
      `${c.cls.padEnd(26)} ${String(c.asExpected.total).padStart(5)}  ${`${c.expected.block}/${c.expected.warn}/${c.expected.ok}`.padEnd(13)}  ${pct(c.asExpected)}`,
    );
  lines.push(
    '',
    `block recall    ${pct(figures.blockRecall)}  (target ≥ ${TARGETS.blockRecall})`,
    `evasion recall  ${pct(figures.evasionRecall)}  (target ≥ ${TARGETS.evasionRecall})`,
    `Russian recall  ${pct(figures.russianRecall)}  (target ≥ ${TARGETS.russianRecall})`,
    `honest ok rate  ${pct(figures.honestOkRate)}  (target ≥ ${TARGETS.honestOkRate})`,
    `warn as labelled ${pct(figures.warnAsExpected)}  (no target)`,
    `false blocks    ${figures.perFile.map((f) => `${f.file} ${f.falseBlocks.length}`).join(', ')}  (target ≤ ${TARGETS.falseBlocksPerFile} per file)`,
  );
  const misses = figures.outcomes.filter((o) => o.got !== o.item.expect);
  lines.push('', `MISSES (${misses.length}), by class:`);
  for (const c of figures.perClass) {
    if (c.asExpected.misses.length === 0) continue;
    lines.push(`-- ${c.cls} (${c.asExpected.misses.length})`);
    for (const miss of c.asExpected.misses) lines.push(`  ${describeMiss(miss)}`);
  }
  const missed = missedTargets(figures);
  lines.push('', missed.length ? `TARGETS MISSED: ${missed.join('; ')}` : 'All targets met.');
  return lines.join('\n');
}

function main(): void {
  const files = loadLabelled();
  const figures = figuresOf(runChecker(files));
  console.log(report(files, figures));
  const broken = files.some((f) => f.errors.length > 0) || duplicates(files).length > 0;
  if (!process.argv.includes('--no-fail') && (broken || missedTargets(figures).length > 0))
    process.exitCode = 1;
}

const entry = process.argv[1];
if (entry !== undefined && import.meta.url === pathToFileURL(entry).href) main();
