import { OverviewPage } from '@/features/overview/overview-page';
import { useAccount } from './route-context';

export function HomeRoute() {
  const account = useAccount();
  return <OverviewPage sellerId={account.sellerId ?? ''} />;
}
