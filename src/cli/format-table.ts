import type { CheckResult } from '../domain/checker';

const WIDTH = { id: 16, verdict: 7 };

function cell(text: string, width: number): string {
  // Control and direction-changing characters would garble a terminal.
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, ' ');
  return clean.length > width ? `${clean.slice(0, width - 1)}…` : clean.padEnd(width);
}

/** A plain-text table: one line per listing, then its findings indented below it. */
export function formatTable(results: readonly ({ id: string } & CheckResult)[]): string {
  const lines = [`${cell('ID', WIDTH.id)}  ${cell('VERDICT', WIDTH.verdict)}  FINDINGS`];
  for (const result of results) {
    const actionable = result.findings.filter((f) => f.severity !== 'info');
    lines.push(
      `${cell(result.id, WIDTH.id)}  ${cell(result.verdict.toUpperCase(), WIDTH.verdict)}  ${actionable.length === 0 ? '-' : `${actionable.length} finding(s)`}`,
    );
    for (const f of actionable) {
      const how = f.transformations.filter((t) => t.kind !== 'accent').map((t) => t.note);
      lines.push(
        `${' '.repeat(WIDTH.id + WIDTH.verdict + 4)}${f.severity} ${f.ruleId} in ${f.field} [${f.start}-${f.end}] "${cell(f.matched, 60).trimEnd()}"${how.length ? ` (${how.join('; ')})` : ''}`,
      );
    }
  }
  const blocked = results.filter((r) => r.verdict === 'block').length;
  const warned = results.filter((r) => r.verdict === 'warn').length;
  lines.push(
    '',
    `${results.length} listing(s): ${blocked} blocked, ${warned} with warnings, ${results.length - blocked - warned} ok.`,
  );
  return `${lines.join('\n')}\n`;
}
