import { Link } from 'react-router';
import type { LedgerEntry } from '@/domain/penalties/ledger';
import type { PenaltyRecord } from '@/shared/api/schemas';
import { formatCount } from '@/shared/lib/format';
import { clauseHref } from '@/shared/ui/clause-link';
import { adjustmentClause, describeAdjustment } from './ledger-text';

/** "Strike", "6" or "0 of 2": what a record adds to the total, as the ledger counted it. */
export function countedLabel(record: PenaltyRecord, entry: LedgerEntry | undefined): string {
  if (record.kind === 'ip_serious' && record.points === 0) return 'Strike';
  if (entry && entry.effective && entry.counted < record.points)
    return `${formatCount(entry.counted)} of ${formatCount(record.points)}`;
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
  return entry?.adjustments.map((a) => (
    <span key={a.rule} className={`block text-fuchsia-900 ${className}`}>
      {describeAdjustment(a, records)}{' '}
      <Link className="link" to={clauseHref(adjustmentClause(a))}>
        Clause
        <span className="sr-only">
          : {a.rule === 'serious-grouping' ? 'grouping of serious infringements' : 'daily caps'}
        </span>
      </Link>
    </span>
  ));
}
