import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDateTime, formatRelative, humanise } from '@/shared/lib/format';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState } from '@/shared/ui/panels';
import { COMPLAINT_STATUS_OPTIONS, StatusBadge } from '@/shared/ui/status-options';
import { Table, Td, Th } from '@/shared/ui/table';
import { complaintsQuery } from './queries';

export function ComplaintsPage({ reviewer }: { reviewer: boolean }) {
  const { data: complaints } = useSuspenseQuery(complaintsQuery());
  return (
    <>
      <PageHeader
        title="IP complaints"
        description={
          reviewer
            ? 'Complaints from rights owners across all shops, newest first.'
            : 'Complaints rights owners filed against your listings. Answer each within 3 working days, or the listings are removed.'
        }
      />
      {complaints.length === 0 ? (
        <EmptyState title="No complaints">No rights owner has complained about your listings.</EmptyState>
      ) : (
        <Table
          caption="IP complaints"
          head={
            <>
              <Th>Complainant</Th>
              <Th>Right</Th>
              <Th>Listings</Th>
              <Th>Status</Th>
              <Th>Answer by</Th>
            </>
          }
        >
          {complaints.map((complaint) => (
            <tr key={complaint.id}>
              <Td>
                <Link className="link" to={`/complaints/${complaint.id}`}>
                  {complaint.complainant.rightsOwner}
                </Link>
              </Td>
              <Td>
                {humanise(complaint.rightType)}: {complaint.rightName}
              </Td>
              <Td>{complaint.listingIds.length}</Td>
              <Td>
                <StatusBadge options={COMPLAINT_STATUS_OPTIONS} value={complaint.status} />
              </Td>
              <Td className="whitespace-nowrap">
                {complaint.status === 'awaiting_response' ? (
                  <>
                    {formatDateTime(complaint.respondBy)}
                    <span className="block text-xs text-slate-700">
                      {formatRelative(complaint.respondBy)}
                    </span>
                  </>
                ) : (
                  '—'
                )}
              </Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
