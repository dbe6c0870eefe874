import type { SellerStanding } from '@/shared/api/schemas';
import { activePoints, isCounting, seriousIpStrikes } from '@/domain/penalties/standing';
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
    // Removed listings count too: the overview's figures must match the lists they link to.
    if (listing.check.verdict === 'block') blocked++;
    else if (listing.check.verdict === 'warn') warned++;
  }
  const counting = penalties
    .filter((p) => p.points > 0 && isCounting(p, now))
    .sort((a, b) => a.expiresAt.localeCompare(b.expiresAt));
  const first = counting[0];
  const nextExpiry = first
    ? {
        at: first.expiresAt,
        points: counting
          .filter((p) => p.expiresAt.slice(0, 10) === first.expiresAt.slice(0, 10))
          .reduce((sum, p) => sum + p.points, 0),
      }
    : null;
  return {
    activePoints: activePoints(penalties, now),
    nextExpiry,
    seriousIpStrikes: seriousIpStrikes(penalties, now),
    openComplaints: open.length,
    nextDeadline,
    blockedListings: blocked,
    warnedListings: warned,
    totalListings: total,
  };
}
