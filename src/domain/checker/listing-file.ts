import type { ListingText } from './types';

/** A listing read from a file, with the line its record starts on. */
export interface ParsedRow {
  line: number;
  listing: ListingText & { id: string };
}

export interface RowError {
  line: number;
  message: string;
}

export interface ParsedFile {
  rows: ParsedRow[];
  /** Rows that could not be used; the good rows are still returned. */
  errors: RowError[];
  /** Set when the file as a whole cannot be read (broken JSON, an unclosed quote). */
  fatal: RowError | null;
}

/** How the reader words its complaints about a file; English unless the caller gives another language. */
export interface ListingFileWords {
  noId: string;
  noTitle: (id: string) => string;
  notText: (id: string, key: string) => string;
  brandsNotList: (id: string) => string;
  notJson: (detail: string) => string;
  notArray: string;
  notObject: (item: number) => string;
  unclosedQuote: string;
  empty: string;
  header: (columns: string) => string;
  fieldCount: (expected: number, found: number) => string;
}

export const ENGLISH_FILE_WORDS: ListingFileWords = {
  noId: 'The row has no id.',
  noTitle: (id) => `Listing ${id} has no title.`,
  notText: (id, key) => `Listing ${id}: "${key}" must be text.`,
  brandsNotList: (id) => `Listing ${id}: "authorizedBrands" must be a list of brand names.`,
  notJson: (detail) => `Not valid JSON: ${detail}`,
  notArray: 'Expected a JSON array of listings.',
  notObject: (item) => `Item ${item} is not an object.`,
  unclosedQuote: 'A quoted field is never closed.',
  empty: 'The file is empty.',
  header: (columns) => `The header must name the columns ${columns} (id and title at least).`,
  fieldCount: (expected, found) => `Expected ${expected} fields, found ${found}.`,
};

export const LISTING_COLUMNS = [
  'id',
  'title',
  'description',
  'brand',
  'category',
  'authorizedBrands',
] as const;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let k = 0; k < index && k < text.length; k++) if (text.charCodeAt(k) === 10) line++;
  return line;
}

function toListing(
  record: Record<string, unknown>,
  line: number,
  errors: RowError[],
  words: ListingFileWords,
): ParsedRow | null {
  const str = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  const id =
    record.id === undefined || record.id === null || record.id === '' ? undefined : String(record.id);
  const title = str('title');
  if (!id) {
    errors.push({ line, message: words.noId });
    return null;
  }
  if (!title || !title.trim()) {
    errors.push({ line, message: words.noTitle(id) });
    return null;
  }
  for (const key of ['description', 'brand', 'category'] as const) {
    if (record[key] !== undefined && record[key] !== null && typeof record[key] !== 'string') {
      errors.push({ line, message: words.notText(id, key) });
      return null;
    }
  }
  const rawBrands = record.authorizedBrands;
  let authorizedBrands: string[] = [];
  if (Array.isArray(rawBrands)) authorizedBrands = rawBrands.map(String);
  else if (typeof rawBrands === 'string') authorizedBrands = rawBrands.split(';');
  else if (rawBrands !== undefined && rawBrands !== null) {
    errors.push({ line, message: words.brandsNotList(id) });
    return null;
  }
  return {
    line,
    listing: {
      id,
      title,
      description: str('description') ?? '',
      brand: str('brand') || null,
      category: str('category') ?? '',
      authorizedBrands: authorizedBrands.map((b) => b.trim()).filter(Boolean),
    },
  };
}

/** Start offsets of the top-level elements of a JSON array, to report errors by line. */
function elementOffsets(text: string): number[] {
  const offsets: number[] = [];
  let depth = 0;
  let inString = false;
  let expecting = false;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (inString) {
      if (c === '\\') k++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    if (depth === 1 && expecting && c !== undefined && !/\s/.test(c)) {
      offsets.push(k);
      expecting = false;
    }
    if (c === '[' || c === '{') {
      depth++;
      if (depth === 1) expecting = true;
    } else if (c === ']' || c === '}') depth--;
    else if (c === ',' && depth === 1) expecting = true;
  }
  return offsets;
}

export function parseJsonListings(input: string, words: ListingFileWords = ENGLISH_FILE_WORDS): ParsedFile {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input; // a byte-order mark is not JSON
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message)?.[1];
    const lineCol = /line (\d+)/.exec(message)?.[1];
    const atEnd =
      /end of (JSON )?input/i.test(message) ||
      (position !== undefined && Number(position) >= text.trimEnd().length);
    // At the end of the input, the last line with text is where something is missing.
    const line = atEnd
      ? lineAt(text, text.trimEnd().length)
      : lineCol
        ? Number(lineCol)
        : position
          ? lineAt(text, Number(position))
          : 1;
    return { rows: [], errors: [], fatal: { line, message: words.notJson(message) } };
  }
  if (!Array.isArray(data)) return { rows: [], errors: [], fatal: { line: 1, message: words.notArray } };
  const offsets = elementOffsets(text);
  const rows: ParsedRow[] = [];
  const errors: RowError[] = [];
  data.forEach((item, index) => {
    const line = lineAt(text, offsets[index] ?? 0);
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
      errors.push({ line, message: words.notObject(index + 1) });
      return;
    }
    const row = toListing(item as Record<string, unknown>, line, errors, words);
    if (row) rows.push(row);
  });
  return { rows, errors, fatal: null };
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. Yields records with their start line. */
function csvRecords(
  text: string,
  words: ListingFileWords,
): { records: { line: number; fields: string[] }[]; fatal: RowError | null } {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let k = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; k < text.length; k++) {
    const c = text[k];
    if (quoted) {
      if (c === '"') {
        if (text[k + 1] === '"') {
          field += '"';
          k++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[k + 1] === '\n') k++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
      fields = [];
      field = '';
      line++;
      recordLine = line;
    } else field += c;
  }
  if (quoted) return { records, fatal: { line: quoteLine, message: words.unclosedQuote } };
  fields.push(field);
  if (fields.length > 1 || fields[0] !== '') records.push({ line: recordLine, fields });
  return { records, fatal: null };
}

export function parseCsvListings(text: string, words: ListingFileWords = ENGLISH_FILE_WORDS): ParsedFile {
  const { records, fatal } = csvRecords(text, words);
  if (fatal) return { rows: [], errors: [], fatal };
  const [header, ...body] = records;
  if (!header) return { rows: [], errors: [], fatal: { line: 1, message: words.empty } };
  const columns = header.fields.map((name) => name.trim());
  if (!columns.includes('id') || !columns.includes('title')) {
    return {
      rows: [],
      errors: [],
      fatal: {
        line: header.line,
        message: words.header(LISTING_COLUMNS.join(', ')),
      },
    };
  }
  const rows: ParsedRow[] = [];
  const errors: RowError[] = [];
  for (const record of body) {
    if (record.fields.length !== columns.length) {
      errors.push({
        line: record.line,
        message: words.fieldCount(columns.length, record.fields.length),
      });
      continue;
    }
    const object: Record<string, unknown> = {};
    columns.forEach((name, index) => {
      object[name] = record.fields[index];
    });
    const row = toListing(object, record.line, errors, words);
    if (row) rows.push(row);
  }
  return { rows, errors, fatal: null };
}

/**
 * JSON when the name ends in .json or the text starts with "[", CSV otherwise. `words` words the problems found
 * (English by default).
 */
export function parseListingFile(
  name: string,
  text: string,
  words: ListingFileWords = ENGLISH_FILE_WORDS,
): ParsedFile {
  const json = /\.json$/i.test(name) || (!/\.csv$/i.test(name) && text.trimStart().startsWith('['));
  return json ? parseJsonListings(text, words) : parseCsvListings(text, words);
}
