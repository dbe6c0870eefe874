import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { ComplaintDetailPage } from '@/features/complaints/complaint-detail-page';
import { ComplaintsPage } from '@/features/complaints/complaints-page';
import { ListingDetailPage } from '@/features/listings/listing-detail-page';
import { OverviewPage } from '@/features/overview/overview-page';
import { PolicyPage } from '@/features/policies/policy-page';
import { ReviewItemPage } from '@/features/review/review-item-page';
import { sessionQuery } from '@/features/session/queries';
import { PageHeader } from '@/shared/ui/page-header';
import { Notice } from '@/shared/ui/panels';

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
  return <ListingDetailPage listingId={useParam('id')} />;
}

export function ComplaintsRoute() {
  return <ComplaintsPage reviewer={useAccount().role === 'reviewer'} />;
}

export function ComplaintDetailRoute() {
  return <ComplaintDetailPage complaintId={useParam('id')} reviewer={useAccount().role === 'reviewer'} />;
}

export function PolicyRoute() {
  return <PolicyPage slug={useParam('slug')} />;
}

export function ReviewItemRoute() {
  return <ReviewItemPage itemId={useParam('id')} />;
}

export function CheckerRoute() {
  return (
    <>
      <PageHeader
        title="Pre-publish checker"
        description="Check a listing's title, description, brand and category against the Product Listing Policy before you publish it."
      />
      <Notice>
        Coming next: results as you type, with the exact words highlighted, the clause, the points at stake
        and how to fix each finding, plus checking many drafts at once from a CSV or JSON file.
      </Notice>
    </>
  );
}
