/**
 * Real, honest retail listings for measuring the checker's false positives: the Abt and Buy product tables of a
 * public entity-resolution benchmark (electronics, software, games, books), about 2,200 rows. Tests and scripts
 * only: the product never reads these files.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ListingText } from '../types';

export interface RetailListing extends ListingText {
  id: string;
  title: string;
  source: 'abt' | 'buy';
}

/** RFC 4180 rows: quoted fields with doubled quotes and line breaks. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function read(source: 'abt' | 'buy'): RetailListing[] {
  const text = readFileSync(join(import.meta.dirname, 'retail', `${source}.csv`), 'utf8');
  const [header = [], ...rows] = csvRows(text);
  const column = (name: string) => header.indexOf(name);
  const [id, name, description, manufacturer] = ['id', 'name', 'description', 'manufacturer'].map(column);
  return rows
    .filter((row) => row.length >= 2)
    .map((row) => ({
      source,
      id: `${source}-${row[id as number] ?? ''}`,
      title: row[name as number] ?? '',
      description: row[description as number] ?? '',
      brand: manufacturer !== undefined && manufacturer >= 0 ? row[manufacturer] || null : null,
    }));
}

/** Every listing of both tables, Abt first; Buy's manufacturer column is given as the brand. */
export function retailListings(): RetailListing[] {
  return [...read('abt'), ...read('buy')];
}
