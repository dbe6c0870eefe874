import { ComplaintsPage } from '@/features/complaints/complaints-page';
import { useAccount } from './route-context';

export function ComplaintsRoute() {
  return <ComplaintsPage reviewer={useAccount().role === 'reviewer'} />;
}
