import { describe, expect, it } from 'vitest';
import { checkListing } from '@/domain/checker';
import type { ParsedRow } from '@/domain/checker/listing-file';
import { RESULTS_HEADER, resultsCsv } from './results-csv';

const rows: ParsedRow[] = [
  { line: 2, listing: { id: 'd1', title: 'Linen tea towel, set of 2', category: 'home-kitchen' } },
  { line: 3, listing: { id: 'd2', title: 'Brass knuckles, solid steel', category: 'other' } },
  { line: 4, listing: { id: 'd3', title: '=HYPERLINK("x") toy blaster', category: 'toys-hobbies' } },
];

describe('the checked drafts export', () => {
  const results = rows.map((row) => checkListing(row.listing));
  const lines = resultsCsv(rows, results).trimEnd().split('\r\n');

  it('says what each draft sells, and from what', () => {
    expect(lines[0]).toBe(RESULTS_HEADER.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('2,d1,"Linen tea towel, set of 2",ok,goods,default,');
    expect(results[2]?.productType.kind).toBe('toy');
  });

  it('gives every finding that counts with its confidence and basis', () => {
    const block = results[1]?.findings.find((f) => f.severity === 'block');
    expect(block?.confidence).toBe('high');
    expect(lines[2]).toContain(`${block?.ruleId}: ""${block?.matched}"" (high, ${block?.basis})`);
  });

  it('defuses a title a spreadsheet would run as a formula', () => {
    expect(lines[3]).toMatch(/^4,d3,"'=HYPERLINK\(""x""\) toy blaster",/);
  });

  it('leaves a row without a result empty rather than failing', () => {
    expect(resultsCsv(rows.slice(0, 1), []).trimEnd().split('\r\n')[1]).toBe(
      '2,d1,"Linen tea towel, set of 2",,,,',
    );
  });
});
