import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { admissibilityChecks } from '@/domain/complaints/admissibility';
import { COUNTER_NOTICE_GROUND_LABELS } from '@/domain/complaints/grounds';
import type { ComplaintListing, DocumentRef, IpComplaint } from '@/shared/api/schemas';
import { formatDateTime, humanise } from '@/shared/lib/format';
import { Countdown } from '@/shared/ui/countdown';
import { DOCUMENT_KIND_LABELS } from '@/shared/ui/documents-field';
import { PageHeader } from '@/shared/ui/page-header';
import { Card } from '@/shared/ui/panels';
import { ClauseLink } from '@/shared/ui/clause-link';
import {
  COMPLAINT_SERIOUSNESS_OPTIONS,
  COMPLAINT_STATUS_OPTIONS,
  MODERATION_OPTIONS,
  StatusBadge,
} from '@/shared/ui/status-options';
import { AdmissibilityPanel } from '@/shared/ui/admissibility-panel';
import { complaintTimeline } from './complaint-timeline';
import { complaintQuery, shopsQuery } from './queries';
import { ResponseSection } from './response-section';

export function ComplaintDetailPage({
  complaintId,
  accountId,
  reviewer,
}: {
  complaintId: string;
  accountId: string;
  reviewer: boolean;
}) {
  const { data } = useSuspenseQuery(complaintQuery(complaintId));
  const { complaint, responses, listings } = data;
  const { data: shops } = useQuery({ ...shopsQuery(), enabled: reviewer });
  const checks = admissibilityChecks(complaint);
  return (
    <>
      <PageHeader
        title={`Complaint from ${complaint.complainant.rightsOwner}`}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge options={COMPLAINT_STATUS_OPTIONS} value={complaint.status} />
            <StatusBadge options={COMPLAINT_SERIOUSNESS_OPTIONS} value={complaint.seriousness} />
            {reviewer ? <span>Shop: {shops?.get(complaint.sellerId) ?? complaint.sellerId}</span> : null}
            {complaint.status === 'awaiting_response' ? (
              <span>
                Answer by: <Countdown to={complaint.respondBy} />
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
            <dd className="break-words">
              {humanise(complaint.rightType)}: {complaint.rightName}
            </dd>
            <dt className="font-medium text-slate-700">Registration number</dt>
            <dd>{complaint.registrationNumber ?? 'None given'}</dd>
            <dt className="font-medium text-slate-700">Received</dt>
            <dd>{formatDateTime(complaint.receivedAt)}</dd>
          </dl>
          <Seriousness seriousness={complaint.seriousness} />
        </Card>

        <Card title="Complainant">
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium text-slate-700">Rights owner</dt>
            <dd className="break-words">{complaint.complainant.rightsOwner}</dd>
            <dt className="font-medium text-slate-700">Filed by</dt>
            <dd className="break-words">
              {complaint.complainant.representative
                ? `${complaint.complainant.representative}, for the owner`
                : 'The owner directly'}
            </dd>
            <dt className="font-medium text-slate-700">Email</dt>
            <dd className="break-all">
              {complaint.complainant.email ? (
                <a className="link" href={`mailto:${complaint.complainant.email}`}>
                  {complaint.complainant.email}
                </a>
              ) : (
                'None given'
              )}
            </dd>
            <dt className="font-medium text-slate-700">Phone</dt>
            <dd>
              {complaint.complainant.phone ? (
                <a className="link" href={`tel:${complaint.complainant.phone.replaceAll(' ', '')}`}>
                  {complaint.complainant.phone}
                </a>
              ) : (
                'None given'
              )}
            </dd>
          </dl>
          <p className="mt-3 text-sm text-slate-700">
            The marketplace passes these details on so both sides can be heard (
            <ClauseLink refTo={{ policy: 'reporting-ip-infringement', clause: 'forwarding' }} />
            ).
          </p>
        </Card>

        <Card title="Documents">
          <DocumentList
            heading="Evidence of the right and the infringement"
            documents={complaint.evidence}
            empty="The complainant sent no evidence."
          />
          <DocumentList
            heading="Proof of authority to act for the owner"
            documents={complaint.proofOfAuthority}
            empty={
              complaint.complainant.representative
                ? 'None sent, although a representative filed the complaint.'
                : 'None sent; the owner filed directly.'
            }
          />
        </Card>

        <Card title="Listings concerned">
          <ListingsConcerned complaint={complaint} listings={listings} reviewer={reviewer} />
        </Card>

        <AdmissibilityPanel checks={checks} reviewer={reviewer} />

        {reviewer ? null : (
          <ResponseSection complaint={complaint} listings={listings} accountId={accountId} />
        )}

        <Card title="History" className="lg:col-span-2">
          <ol className="space-y-3 text-sm">
            {complaintTimeline(complaint, responses).map((entry) => (
              <li key={entry.key} className="border-l-2 border-slate-200 pl-3">
                <p>
                  <time dateTime={entry.at} className="font-medium">
                    {formatDateTime(entry.at)}
                  </time>{' '}
                  · {entry.who}: {entry.note}
                </p>
                {entry.response && entry.response.kind === 'counter_notice' ? (
                  <div className="mt-1 rounded-md bg-slate-50 p-2">
                    <p>
                      <span className="font-medium">Grounds:</span>{' '}
                      {entry.response.grounds.map((g) => COUNTER_NOTICE_GROUND_LABELS[g]).join('; ')}.
                    </p>
                    <p className="mt-1 whitespace-pre-line break-words">
                      <span className="font-medium">Statement:</span> {entry.response.statement}
                    </p>
                    {entry.response.documents.length > 0 ? (
                      <p className="mt-1 break-words">
                        <span className="font-medium">Documents:</span>{' '}
                        {entry.response.documents
                          .map(
                            (d) =>
                              `${d.name} (${DOCUMENT_KIND_LABELS[d.kind]}${d.vaultId ? ', from the vault' : ''})`,
                          )
                          .join(', ')}
                      </p>
                    ) : null}
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </Card>
      </div>
    </>
  );
}

function Seriousness({ seriousness }: { seriousness: IpComplaint['seriousness'] }) {
  return (
    <div className="mt-3 border-t border-slate-200 pt-3 text-sm">
      {seriousness === 'serious' ? (
        <>
          <p>
            <span className="font-medium">Serious infringement:</span> the complaint says you sell counterfeit
            or pirated goods. If it is upheld it is a serious strike: strikes within 3 days of the first one
            count as one, the first freezes the shop for a day, and the third closes it.
          </p>
          <p className="mt-1 text-slate-700">
            <ClauseLink refTo={{ policy: 'ipr-protection-policy', clause: 'serious-infringement' }} /> ·{' '}
            <ClauseLink refTo={{ policy: 'ipr-enforcement-actions', clause: 'serious-grouping' }} />
          </p>
        </>
      ) : (
        <>
          <p>
            <span className="font-medium">General infringement:</span> the complaint says your listing text
            (its title, description or your shop name) unfairly uses the mark or work, not that the goods are
            fake. If it is upheld it costs points, and all general cases on one day together cost at most 6.
          </p>
          <p className="mt-1 text-slate-700">
            <ClauseLink refTo={{ policy: 'ipr-protection-policy', clause: 'general-infringement' }} /> ·{' '}
            <ClauseLink refTo={{ policy: 'ipr-enforcement-actions', clause: 'daily-cap' }} />
          </p>
        </>
      )}
    </div>
  );
}

function DocumentList({
  heading,
  documents,
  empty,
}: {
  heading: string;
  documents: readonly DocumentRef[];
  empty: string;
}) {
  return (
    <div className="mb-3 text-sm last:mb-0">
      <h3 className="font-medium text-slate-900">{heading}</h3>
      {documents.length === 0 ? (
        <p className="text-slate-700">{empty}</p>
      ) : (
        <ul className="mt-1 list-inside list-disc">
          {documents.map((doc, index) => (
            <li key={`${index}-${doc.name}`} className="break-words">
              {doc.name} <span className="text-slate-700">({DOCUMENT_KIND_LABELS[doc.kind]})</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function ListingsConcerned({
  complaint,
  listings,
  reviewer,
}: {
  complaint: IpComplaint;
  listings: readonly ComplaintListing[];
  reviewer: boolean;
}) {
  if (complaint.listingIds.length === 0) {
    return <p className="text-sm">The complaint does not link to any specific listing.</p>;
  }
  const missing = complaint.listingIds.length - listings.length;
  return (
    <>
      <ul className="space-y-2 text-sm">
        {listings.map((listing) => (
          <li key={listing.id} className="flex flex-wrap items-center gap-2">
            {reviewer ? (
              <span className="break-words">{listing.title}</span>
            ) : (
              <Link className="link break-words" to={`/listings/${listing.id}`}>
                {listing.title}
              </Link>
            )}
            <StatusBadge options={MODERATION_OPTIONS} value={listing.moderation} />
          </li>
        ))}
      </ul>
      {missing > 0 ? (
        <p className="mt-2 text-sm text-slate-700">
          {missing} listing{missing === 1 ? '' : 's'} named in the complaint no longer exist
          {missing === 1 ? 's' : ''}.
        </p>
      ) : null}
    </>
  );
}
