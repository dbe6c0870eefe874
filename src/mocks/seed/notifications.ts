import type { Account, Appeal, IpComplaint, Notification, PenaltyRecord } from '@/shared/api/schemas';
import { newNotifications } from '../notify';
import type { Clock } from './random';

/** Notices older than this at the seed's anchor have been read; newer ones wait in the inbox. */
const READ_AFTER_DAYS = 3;

/** What each seller would have been told by the anchor: the same rules the running API applies as time passes. */
export function seedNotifications(
  accounts: readonly Account[],
  complaints: readonly IpComplaint[],
  penalties: readonly PenaltyRecord[],
  appeals: readonly Appeal[],
  clock: Clock,
): Notification[] {
  const readBefore = Date.parse(clock.daysAgo(READ_AFTER_DAYS));
  return accounts.flatMap((account) => {
    const sellerId = account.sellerId;
    if (!sellerId) return [];
    const shop = {
      complaints: complaints.filter((c) => c.sellerId === sellerId),
      penalties: penalties.filter((p) => p.sellerId === sellerId),
      appeals: appeals.filter((a) => a.sellerId === sellerId),
    };
    return newNotifications(account.id, shop, [], clock.anchor, readBefore);
  });
}
