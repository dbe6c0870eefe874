import { useSuspenseQuery } from '@tanstack/react-query';
import { complaintsQuery } from '@/features/complaints/queries';
import { StrikesPage } from '@/features/penalties/strikes-page';

export function StrikesRoute() {
  // The what-if offers the shop's open complaints; the penalties feature does not know about complaints.
  const { data: complaints } = useSuspenseQuery(complaintsQuery());
  const open = complaints
    // Contested complaints can still be upheld, so they belong in the what-if too.
    .filter((c) => c.status === 'awaiting_response' || c.status === 'counter_noticed')
    .map((c) => ({ id: c.id, rightsOwner: c.complainant.rightsOwner, seriousness: c.seriousness }));
  return <StrikesPage openComplaints={open} />;
}
