import { ReviewItemPage } from '@/features/review/review-item-page';
import { useParam } from './route-context';

export function ReviewItemRoute() {
  const id = useParam('id');
  // A new item is a new page: nothing picked or typed for the last one carries over.
  return <ReviewItemPage key={id} itemId={id} />;
}
