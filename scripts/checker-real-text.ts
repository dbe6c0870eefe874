/**
 * npm run checker:real-text: runs the checker over the ~2,200 real, honest retail listings in
 * src/domain/checker/testdata/retail and prints, per rule, how many listings it flagged (blocked, warned, noted),
 * then every block and warning with its words. A rule that fires here fires on honest text: narrow it.
 * `-- --notes` also lists the notes.
 */
import { checkListing } from '../src/domain/checker';
import { retailListings } from '../src/domain/checker/testdata/retail';

const showNotes = process.argv.includes('--notes');
const listings = retailListings();
const perRule = new Map<string, { block: number; warn: number; info: number }>();
const verdicts = { ok: 0, warn: 0, block: 0 };
const lines: string[] = [];
for (const listing of listings) {
  const result = checkListing(listing);
  verdicts[result.verdict]++;
  const seen = new Set<string>();
  for (const finding of result.findings) {
    const key = `${finding.ruleId}:${finding.severity}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const counts = perRule.get(finding.ruleId) ?? { block: 0, warn: 0, info: 0 };
    counts[finding.severity]++;
    perRule.set(finding.ruleId, counts);
    if (finding.severity !== 'info' || showNotes)
      lines.push(
        `${finding.severity.padEnd(5)} ${finding.ruleId} "${finding.matched}" (${finding.field}, ${finding.confidence}, ${finding.basis}; ${result.productType.kind}) :: ${listing.id} ${listing.title}`,
      );
  }
}
console.log('rule                                   block   warn   note');
for (const [rule, counts] of [...perRule].sort((a, b) => b[1].block - a[1].block || b[1].warn - a[1].warn))
  console.log(
    `${rule.padEnd(38)} ${String(counts.block).padStart(5)} ${String(counts.warn).padStart(6)} ${String(counts.info).padStart(6)}`,
  );
console.log('');
for (const line of lines.sort()) console.log(line);
const pct = (n: number) => `${((100 * n) / listings.length).toFixed(2)}%`;
console.log(
  `\n${listings.length} honest listings: ${verdicts.block} blocked (${pct(verdicts.block)}), ${verdicts.warn} warned (${pct(verdicts.warn)}), ${verdicts.ok} ok`,
);
