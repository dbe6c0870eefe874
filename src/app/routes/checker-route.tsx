import { useSuspenseQuery } from '@tanstack/react-query';
import { verifiedBrands } from '@/domain/authorisations/verified-brands';
import { CheckerPage } from '@/features/checker/checker-page';
import { authorisationsQuery } from '@/shared/api/authorisations';
import { useReviewOnlyRules } from '@/shared/api/rule-modes';

export function CheckerRoute() {
  const { data } = useSuspenseQuery(authorisationsQuery());
  const reviewOnlyRules = useReviewOnlyRules();
  return (
    <CheckerPage authorizedBrands={verifiedBrands(data, new Date())} reviewOnlyRules={reviewOnlyRules} />
  );
}
