import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { admissibilityChecks } from '@/domain/complaints/admissibility';
import { GROUND_LABELS } from '@/domain/complaints/grounds';
import type { ComplaintListing, DocumentRef, IpComplaint } from '@/shared/api/schemas';
import { useLocale } from '@/shared/i18n/locale';
import { formatDateTime } from '@/shared/lib/format';
import { Countdown } from '@/shared/ui/countdown';
import { documentKindLabel } from '@/shared/ui/documents-field';
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
import { complaintsMessages } from './messages';
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
  const locale = useLocale();
  const m = complaintsMessages.use();
  const d = m.detail;
  const checks = admissibilityChecks(complaint, locale);
  return (
    <>
      <PageHeader
        title={d.title(complaint.complainant.rightsOwner)}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge options={COMPLAINT_STATUS_OPTIONS} value={complaint.status} />
            <StatusBadge options={COMPLAINT_SERIOUSNESS_OPTIONS} value={complaint.seriousness} />
            {reviewer ? (
              <span>
                {d.shop} {shops?.get(complaint.sellerId) ?? complaint.sellerId}
              </span>
            ) : null}
            {complaint.status === 'awaiting_response' ? (
              <span>
                {d.answerBy} <Countdown to={complaint.respondBy} />
              </span>
            ) : null}
          </span>
        }
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={d.claimed}>
          <p className="break-words" lang="en">
            {complaint.claim}
          </p>
          <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium text-slate-700">{d.right}</dt>
            <dd className="break-words">
              {m.rights[complaint.rightType]}: {complaint.rightName}
            </dd>
            <dt className="font-medium text-slate-700">{d.registrationNumber}</dt>
            <dd>{complaint.registrationNumber ?? d.noNumber}</dd>
            <dt className="font-medium text-slate-700">{d.received}</dt>
            <dd>{formatDateTime(complaint.receivedAt)}</dd>
          </dl>
          <Seriousness seriousness={complaint.seriousness} />
        </Card>

        <Card title={d.complainant}>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="font-medium text-slate-700">{d.rightsOwner}</dt>
            <dd className="break-words">{complaint.complainant.rightsOwner}</dd>
            <dt className="font-medium text-slate-700">{d.filedBy}</dt>
            <dd className="break-words">
              {complaint.complainant.representative
                ? d.forTheOwner(complaint.complainant.representative)
                : d.ownerDirectly}
            </dd>
            <dt className="font-medium text-slate-700">{d.email}</dt>
            <dd className="break-all">
              {complaint.complainant.email ? (
                <a className="link" href={`mailto:${complaint.complainant.email}`}>
                  {complaint.complainant.email}
                </a>
              ) : (
                d.noEmail
              )}
            </dd>
            <dt className="font-medium text-slate-700">{d.phone}</dt>
            <dd>
              {complaint.complainant.phone ? (
                <a className="link" href={`tel:${complaint.complainant.phone.replaceAll(' ', '')}`}>
                  {complaint.complainant.phone}
                </a>
              ) : (
                d.noPhone
              )}
            </dd>
          </dl>
          <p className="mt-3 text-sm text-slate-700">
            {d.forwardingBefore}
            <ClauseLink refTo={{ policy: 'reporting-ip-infringement', clause: 'forwarding' }} />
            {d.forwardingAfter}
          </p>
        </Card>

        <Card title={d.documents}>
          <DocumentList heading={d.evidence} documents={complaint.evidence} empty={d.noEvidence} />
          <DocumentList
            heading={d.authority}
            documents={complaint.proofOfAuthority}
            empty={complaint.complainant.representative ? d.noAuthorityRepresentative : d.noAuthorityOwner}
          />
        </Card>

        <Card title={d.listingsConcerned}>
          <ListingsConcerned complaint={complaint} listings={listings} reviewer={reviewer} />
        </Card>

        <AdmissibilityPanel checks={checks} reviewer={reviewer} />

        {reviewer ? null : (
          <ResponseSection complaint={complaint} listings={listings} accountId={accountId} />
        )}

        <Card title={d.history} className="lg:col-span-2">
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
                      <span className="font-medium">{d.grounds}</span>{' '}
                      {entry.response.grounds.map((g) => GROUND_LABELS[locale][g]).join('; ')}.
                    </p>
                    <p className="mt-1 whitespace-pre-line break-words">
                      <span className="font-medium">{d.statement}</span> {entry.response.statement}
                    </p>
                    {entry.response.documents.length > 0 ? (
                      <p className="mt-1 break-words">
                        <span className="font-medium">{d.attached}</span>{' '}
                        {entry.response.documents
                          .map(
                            (doc) =>
                              `${doc.name} (${documentKindLabel(doc.kind)}${doc.vaultId ? d.fromVault : ''})`,
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
  const d = complaintsMessages.use().detail;
  return (
    <div className="mt-3 border-t border-slate-200 pt-3 text-sm">
      {seriousness === 'serious' ? (
        <>
          <p>
            <span className="font-medium">{d.seriousTitle}</span> {d.seriousText}
          </p>
          <p className="mt-1 text-slate-700">
            <ClauseLink refTo={{ policy: 'ipr-protection-policy', clause: 'serious-infringement' }} /> ·{' '}
            <ClauseLink refTo={{ policy: 'ipr-enforcement-actions', clause: 'serious-grouping' }} />
          </p>
        </>
      ) : (
        <>
          <p>
            <span className="font-medium">{d.generalTitle}</span> {d.generalText}
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
              {doc.name} <span className="text-slate-700">({documentKindLabel(doc.kind)})</span>
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
  const d = complaintsMessages.use().detail;
  if (complaint.listingIds.length === 0) {
    return <p className="text-sm">{d.noListingLink}</p>;
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
      {missing > 0 ? <p className="mt-2 text-sm text-slate-700">{d.missingListings(missing)}</p> : null}
    </>
  );
}
