import { ComplaintDetailPage } from '@/features/complaints/complaint-detail-page';
import { useAccount, useParam } from './route-context';

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
