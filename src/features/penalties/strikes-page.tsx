import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { activePoints } from '@/domain/penalties/standing';
import { THRESHOLDS } from '@/domain/penalties/rules';
import { formatDate, formatRelative } from '@/shared/lib/format';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState } from '@/shared/ui/panels';
import { PENALTY_STATUS_OPTIONS, StatusBadge } from '@/shared/ui/status-options';
import { Table, Td, Th } from '@/shared/ui/table';
import { penaltiesQuery } from './queries';

export function StrikesPage() {
  const { data: records } = useSuspenseQuery(penaltiesQuery());
  const total = activePoints(records, new Date());
  return (
    <>
      <PageHeader
        title="Strikes and points"
        description={`${total} active point${total === 1 ? '' : 's'}. Each record shows what it was for, the clause, and when its points expire (365 days after issue).`}
      />
      <p className="mb-4 text-sm text-slate-700">
        Thresholds: {THRESHOLDS.map((t) => `${t.points} points: ${t.label.toLowerCase()}`).join(' · ')}.
      </p>
      {records.length === 0 ? (
        <EmptyState title="No penalty records">Your shop has never had a penalty.</EmptyState>
      ) : (
        <Table
          caption="Penalty records"
          head={
            <>
              <Th>Issued</Th>
              <Th>What for</Th>
              <Th>Clause</Th>
              <Th>Points</Th>
              <Th>Status</Th>
              <Th>Expires</Th>
            </>
          }
        >
          {records.map((record) => (
            <tr key={record.id}>
              <Td className="whitespace-nowrap">{formatDate(record.issuedAt)}</Td>
              <Td className="max-w-md break-words">
                {record.summary}
                <span className="block text-xs text-slate-700">{record.source.label}</span>
              </Td>
              <Td>
                <Link className="link" to={`/policies/${record.policy.policy}#${record.policy.clause}`}>
                  {record.policy.clause}
                </Link>
              </Td>
              <Td>{record.kind === 'ip_serious' ? 'Serious IP strike' : record.points}</Td>
              <Td>
                <StatusBadge options={PENALTY_STATUS_OPTIONS} value={record.status} />
              </Td>
              <Td className="whitespace-nowrap">
                {formatDate(record.expiresAt)}
                <span className="block text-xs text-slate-700">{formatRelative(record.expiresAt)}</span>
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
