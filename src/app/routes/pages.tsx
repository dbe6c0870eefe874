import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { AuthorisationsPage } from '@/features/authorisations/authorisations-page';
import { CheckerPage } from '@/features/checker/checker-page';
import { authorisationsQuery } from '@/shared/api/authorisations';
import { coveringDocument } from '@/domain/authorisations/covering';
import { verifiedBrands } from '@/domain/authorisations/verified-brands';
import { formatDate, humanise } from '@/shared/lib/format';
import { ComplaintDetailPage } from '@/features/complaints/complaint-detail-page';
import { ComplaintsPage } from '@/features/complaints/complaints-page';
import { ListingDetailPage } from '@/features/listings/listing-detail-page';
import { OverviewPage } from '@/features/overview/overview-page';
import { PenaltyPage } from '@/features/penalties/penalty-page';
import { StrikesPage } from '@/features/penalties/strikes-page';
import { complaintsQuery } from '@/features/complaints/queries';
import { PolicyPage } from '@/features/policies/policy-page';
import { RulesPage } from '@/features/policies/rules-page';
import { ReviewItemPage } from '@/features/review/review-item-page';
import { sessionQuery } from '@/features/session/queries';
import { useReviewOnlyRules } from '@/shared/api/rule-modes';

/** Route components: read the URL and the session, then hand plain props to feature pages. */
export function useAccount() {
  return useSuspenseQuery(sessionQuery()).data.account;
}

function useParam(name: string): string {
  const value = useParams()[name];
  if (!value) throw new Error(`Route parameter ${name} is missing`);
  return value;
}

export function HomeRoute() {
  const account = useAccount();
  return <OverviewPage sellerId={account.sellerId ?? ''} />;
}

export function ListingDetailRoute() {
  const { data } = useSuspenseQuery(authorisationsQuery());
  const reviewOnlyRules = useReviewOnlyRules();
  const id = useParam('id');
  return (
    <ListingDetailPage
      key={id}
      listingId={id}
      authorizedBrands={verifiedBrands(data, new Date())}
      reviewOnlyRules={reviewOnlyRules}
      clearedBy={(brand) => {
        const document = coveringDocument(data, brand, new Date());
        if (!document) return null;
        const until = document.validUntil ? `, valid until ${formatDate(document.validUntil)}` : '';
        return `Cleared by your verified ${humanise(document.documentType).toLowerCase()} from ${document.issuer}${until} (${document.fileName}).`;
      }}
    />
  );
}

export function ComplaintsRoute() {
  return <ComplaintsPage reviewer={useAccount().role === 'reviewer'} />;
}

export function ComplaintDetailRoute() {
  const account = useAccount();
  const id = useParam('id');
  return (
    <ComplaintDetailPage
      key={id}
      complaintId={id}
      accountId={account.id}
      reviewer={account.role === 'reviewer'}
    />
  );
}

export function PolicyRoute() {
  return <PolicyPage slug={useParam('slug')} />;
}

export function ReviewItemRoute() {
  const id = useParam('id');
  // A new item is a new page: nothing picked or typed for the last one carries over.
  return <ReviewItemPage key={id} itemId={id} />;
}

export function CheckerRoute() {
  const { data } = useSuspenseQuery(authorisationsQuery());
  const reviewOnlyRules = useReviewOnlyRules();
  return (
    <CheckerPage authorizedBrands={verifiedBrands(data, new Date())} reviewOnlyRules={reviewOnlyRules} />
  );
}

export function StrikesRoute() {
  // The what-if offers the shop's open complaints; the penalties feature does not know about complaints.
  const { data: complaints } = useSuspenseQuery(complaintsQuery());
  const open = complaints
    // Contested complaints can still be upheld, so they belong in the what-if too.
    .filter((c) => c.status === 'awaiting_response' || c.status === 'counter_noticed')
    .map((c) => ({ id: c.id, rightsOwner: c.complainant.rightsOwner, seriousness: c.seriousness }));
  return <StrikesPage openComplaints={open} />;
}

export function PenaltyRoute() {
  return <PenaltyPage key={useParam('id')} penaltyId={useParam('id')} />;
}

export function RulesRoute() {
  const { id, name, role } = useAccount();
  return <RulesPage viewer={{ id, name, role }} />;
}

export function AuthorisationsRoute() {
  return <AuthorisationsPage accountId={useAccount().id} />;
}
