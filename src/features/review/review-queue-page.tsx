import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatCount, formatRelative, humanise } from '@/shared/lib/format';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState } from '@/shared/ui/panels';
import { Table, Td, Th } from '@/shared/ui/table';
import { reviewItemsQuery } from './queries';

export function ReviewQueuePage() {
  const { data: items } = useSuspenseQuery(reviewItemsQuery());
  return (
    <>
      <PageHeader
        title="Review queue"
        description={`${formatCount(items.length)} open items, riskiest first: flagged listings, buyer reports, IP complaints and documents to verify.`}
      />
      {items.length === 0 ? (
        <EmptyState title="The queue is empty">Nothing waits for a decision.</EmptyState>
      ) : (
        <Table
          caption="Open review items"
          head={
            <>
              <Th>Risk</Th>
              <Th>Item</Th>
              <Th>Type</Th>
              <Th>Reason</Th>
              <Th>Points at stake</Th>
              <Th>Waiting</Th>
            </>
          }
        >
          {items.map((item) => (
            <tr key={item.id}>
              <Td className="font-semibold">{item.risk}</Td>
              <Td className="max-w-sm break-words">
                <Link className="link" to={`/review/${item.id}`}>
                  {item.title}
                </Link>
              </Td>
              <Td>{humanise(item.kind)}</Td>
              <Td className="max-w-sm break-words">{item.reason}</Td>
              <Td>{item.pointsAtStake}</Td>
              <Td className="whitespace-nowrap">{formatRelative(item.createdAt).replace(' ago', '')}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
