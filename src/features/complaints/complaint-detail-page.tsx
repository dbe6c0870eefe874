import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDateTime, formatRelative, humanise } from '@/shared/lib/format';
import { PageHeader } from '@/shared/ui/page-header';
import { Card } from '@/shared/ui/panels';
import { COMPLAINT_STATUS_OPTIONS, StatusBadge } from '@/shared/ui/status-options';
import { complaintQuery } from './queries';

export function ComplaintDetailPage({ complaintId, reviewer }: { complaintId: string; reviewer: boolean }) {
  const { data } = useSuspenseQuery(complaintQuery(complaintId));
  const { complaint, responses } = data;
  return (
    <>
      <PageHeader
        title={`Complaint from ${complaint.complainant.rightsOwner}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge options={COMPLAINT_STATUS_OPTIONS} value={complaint.status} />
            {complaint.status === 'awaiting_response' ? (
              <span>
                Answer by {formatDateTime(complaint.respondBy)} ({formatRelative(complaint.respondBy)})
              </span>
            ) : null}
          </span>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="What is claimed">
          <p className="break-words">{complaint.claim}</p>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium text-slate-700">Right</dt>
            <dd>
              {humanise(complaint.rightType)}: {complaint.rightName}
              {complaint.registrationNumber ? ` (${complaint.registrationNumber})` : ''}
            </dd>
            <dt className="font-medium text-slate-700">Seriousness</dt>
            <dd>{humanise(complaint.seriousness)}</dd>
            <dt className="font-medium text-slate-700">Filed by</dt>
            <dd>{complaint.complainant.representative ?? complaint.complainant.rightsOwner}</dd>
            <dt className="font-medium text-slate-700">Evidence</dt>
            <dd>{complaint.evidence.map((d) => d.name).join(', ') || 'None supplied'}</dd>
          </dl>
        </Card>
        <Card title="Listings concerned">
          {complaint.listingIds.length === 0 ? (
            <p className="text-sm">The complaint does not link to any specific listing.</p>
          ) : (
            <ul className="list-inside list-disc space-y-1 text-sm">
              {complaint.listingIds.map((id) => (
                <li key={id}>
                  {reviewer ? (
                    <code>{id}</code>
                  ) : (
                    <Link className="link inline-block py-0.5" to={`/listings/${id}`}>
                      {id}
                    </Link>
                  )}
                </li>
              ))}
            </ul>
          )}
        </Card>
        <Card title="History" className="lg:col-span-2">
          <ol className="space-y-2 text-sm">
            {complaint.history.map((event) => (
              <li key={`${event.at}-${event.action}`}>
                <span className="font-medium">{formatDateTime(event.at)}</span> · {event.actor.name}:{' '}
                {event.note}
              </li>
            ))}
            {responses.map((response) => (
              <li key={response.id}>
                <span className="font-medium">{formatDateTime(response.submittedAt)}</span> · Seller{' '}
                {response.kind === 'accept'
                  ? 'accepted the complaint.'
                  : `filed a counter-notice: ${response.statement}`}
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}
