import type { SellerStanding } from '@/shared/api/schemas';
import { activePoints, seriousIpStrikes } from '@/domain/penalties/standing';
import type { Db } from '../db/db';

export function standingOf(db: Db, sellerId: string, now: Date): SellerStanding {
  const penalties = db.find('penalties', (p) => p.sellerId === sellerId);
  const open = db.find('complaints', (c) => c.sellerId === sellerId && c.status === 'awaiting_response');
  const nextDeadline = open.map((c) => c.respondBy).sort()[0] ?? null;
  let blocked = 0;
  let warned = 0;
  let total = 0;
  for (const listing of db.all('listings')) {
    if (listing.sellerId !== sellerId) continue;
    total++;
    if (listing.moderation === 'removed') continue;
    if (listing.check.verdict === 'block') blocked++;
    else if (listing.check.verdict === 'warn') warned++;
  }
  return {
    activePoints: activePoints(penalties, now),
    seriousIpStrikes: seriousIpStrikes(penalties, now),
    openComplaints: open.length,
    nextDeadline,
    blockedListings: blocked,
    warnedListings: warned,
    totalListings: total,
  };
}
