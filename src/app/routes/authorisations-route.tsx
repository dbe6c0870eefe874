import { AuthorisationsPage } from '@/features/authorisations/authorisations-page';
import { useAccount } from './route-context';

export function AuthorisationsRoute() {
  return <AuthorisationsPage accountId={useAccount().id} />;
}
