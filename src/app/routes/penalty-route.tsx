import { PenaltyPage } from '@/features/penalties/penalty-page';
import { useParam } from './route-context';

export function PenaltyRoute() {
  return <PenaltyPage key={useParam('id')} penaltyId={useParam('id')} />;
}
