import { Link } from 'react-router';
import type { Finding } from '@/domain/checker';
import { Badge } from '@/shared/ui/badge';
import { ClauseLink } from '@/shared/ui/clause-link';

const SEVERITY = {
  block: { tone: 'bad', label: 'Blocks' },
  warn: { tone: 'warn', label: 'Warning' },
  info: { tone: 'good', label: 'Fine' },
} as const;

/** What a rule's finding does to a listing, by colour and by word. */
export function SeverityBadge({ severity }: { severity: keyof typeof SEVERITY }) {
  return <Badge tone={SEVERITY[severity].tone}>{SEVERITY[severity].label}</Badge>;
}
const CATEGORY: Record<Finding['category'], string> = {
  prohibited: 'Prohibited item',
  restricted: 'Restricted item',
  ip: 'Intellectual property',
  content: 'Listing content',
  'search-abuse': 'Search abuse',
  evasion: 'Evasion',
  brand: 'Brand',
};
const FIELD = { title: 'Title', description: 'Description', brand: 'Brand' } as const;

/** Each finding: the exact words, what they were read as, the rule and clause, the points at stake, what to do. */
export function FindingList({
  findings,
  anchorPrefix,
  noteFor,
}: {
  findings: readonly Finding[];
  anchorPrefix?: string;
  /** An extra line for a finding, e.g. which document cleared a brand. */
  noteFor?: (finding: Finding) => string | null;
}) {
  return (
    <ul className="space-y-3" aria-label="Findings">
      {findings.map((finding, index) => {
        const how = finding.transformations.filter((t) => t.kind !== 'accent');
        return (
          <li
            key={`${finding.ruleId}-${finding.field}-${finding.start}`}
            id={anchorPrefix ? `${anchorPrefix}${index + 1}` : undefined}
            className="rounded-lg border border-slate-200 bg-white p-3 text-sm"
          >
            <div className="flex flex-wrap items-center gap-2">
              {anchorPrefix ? (
                <span className="font-mono text-xs font-semibold text-slate-700">[{index + 1}]</span>
              ) : null}
              <SeverityBadge severity={finding.severity} />
              <span className="font-medium">{finding.reason}</span>
            </div>
            <p className="mt-1">
              {FIELD[finding.field]}, characters {finding.start + 1}–{finding.end}: “
              <mark className="bg-amber-100 px-0.5">{finding.matched}</mark>”
              {finding.normalized && finding.normalized !== finding.matched.toLowerCase() ? (
                <> read as “{finding.normalized}”</>
              ) : null}
            </p>
            {how.length > 0 ? (
              <p className="text-slate-700">How it was read: {how.map((t) => t.note).join('; ')}.</p>
            ) : null}
            <p className="text-slate-700">
              {finding.points > 0
                ? `${finding.points} point${finding.points === 1 ? '' : 's'} at stake · `
                : ''}
              {CATEGORY[finding.category]} · rule{' '}
              <Link className="link" to={`/rules#${encodeURIComponent(finding.ruleId)}`}>
                <code>{finding.ruleId}</code>
              </Link>{' '}
              · <ClauseLink refTo={finding.policy} />
            </p>
            <p>
              <span className="font-medium">What to do:</span> {finding.fix}
            </p>
            {noteFor?.(finding) ? <p className="mt-1 text-emerald-900">{noteFor(finding)}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
