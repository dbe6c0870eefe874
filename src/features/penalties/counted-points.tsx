import { Link } from 'react-router';
import type { LedgerEntry } from '@/domain/penalties/ledger';
import type { PenaltyRecord } from '@/shared/api/schemas';
import { formatCount } from '@/shared/lib/format';
import { ClauseLink } from '@/shared/ui/clause-link';
import { adjustmentClause, describeAdjustment } from './ledger-text';
import { penaltiesMessages, type PenaltiesMessages } from './messages';

/** "Strike", "6" or "0 of 2": what a record adds to the total, as the ledger counted it. */
export function countedLabel(
  record: PenaltyRecord,
  entry: LedgerEntry | undefined,
  m: PenaltiesMessages,
): string {
  const t = m.counted;
  if (record.kind === 'ip_serious' && record.points === 0) {
    if (record.status === 'pending') return t.strikeIfEstablished;
    if (!entry?.effective) return t.noStrike;
    if (entry.strikeGroup && entry.strikeGroup !== entry.id) return t.sameStrike;
    return record.status === 'expired' ? t.strikeExpired : t.strike;
  }
  if (entry && entry.effective && entry.counted < record.points)
    return t.partly(entry.counted, record.points);
  return formatCount(record.points);
}

/** Why a record counts for less than its face value, one sentence per rule, each with its clause. */
export function AdjustmentNotes({
  entry,
  records,
  className,
}: {
  entry: LedgerEntry | undefined;
  records: ReadonlyMap<string, PenaltyRecord>;
  className: string;
}) {
  const m = penaltiesMessages.use();
  return entry?.adjustments.map((a) => (
    <span key={a.rule} className={`block text-fuchsia-900 ${className}`}>
      {describeAdjustment(a, records, m)} <ClauseLink refTo={adjustmentClause(a)} short />
    </span>
  ));
}

/** What a penalty was for, linked to the listing or complaint when there is one. */
export function SourceLink({ source }: { source: PenaltyRecord['source'] }) {
  if (source.type === 'listing' && source.id)
    return (
      <Link className="link" to={`/listings/${encodeURIComponent(source.id)}`}>
        {source.label}
      </Link>
    );
  if (source.type === 'complaint' && source.id)
    return (
      <Link className="link" to={`/complaints/${encodeURIComponent(source.id)}`}>
        {source.label}
      </Link>
    );
  return <span>{source.label}</span>;
}
