import { useSuspenseQuery } from '@tanstack/react-query';
import { coveringDocument } from '@/domain/authorisations/covering';
import { verifiedBrands } from '@/domain/authorisations/verified-brands';
import { ListingDetailPage } from '@/features/listings/listing-detail-page';
import { authorisationsQuery } from '@/shared/api/authorisations';
import { useReviewOnlyRules } from '@/shared/api/rule-modes';
import { formatDate } from '@/shared/lib/format';
import { appMessages } from '../messages';
import { useParam } from './route-context';

export function ListingDetailRoute() {
  const { data } = useSuspenseQuery(authorisationsQuery());
  const reviewOnlyRules = useReviewOnlyRules();
  const id = useParam('id');
  const m = appMessages.use();
  return (
    <ListingDetailPage
      key={id}
      listingId={id}
      authorizedBrands={verifiedBrands(data, new Date())}
      reviewOnlyRules={reviewOnlyRules}
      clearedBy={(brand) => {
        const document = coveringDocument(data, brand, new Date());
        if (!document) return null;
        const until = document.validUntil ? formatDate(document.validUntil) : null;
        return m.clearedBy(document.documentType, document.issuer, until, document.fileName);
      }}
    />
  );
}
