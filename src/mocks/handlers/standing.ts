import type { SellerStanding } from '@/shared/api/schemas';
import { outlook } from '@/domain/penalties/standing';
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
  const view = outlook(penalties, now);
  return {
    activePoints: view.total,
    nextExpiry: view.nextExpiry
      ? { at: new Date(view.nextExpiry.at).toISOString(), points: view.nextExpiry.points }
      : null,
    seriousIpStrikes: view.strikes,
    openComplaints: open.length,
    nextDeadline,
    blockedListings: blocked,
    warnedListings: warned,
    totalListings: total,
  };
}
