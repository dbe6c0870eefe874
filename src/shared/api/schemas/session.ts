import { z } from 'zod/mini';
import { Id, intAtLeast, Role } from './common';

export const Account = z.object({
  id: Id,
  name: z.string(),
  role: Role,
  /** The shop a seller account runs; absent for reviewers. */
  sellerId: z.nullable(Id),
  description: z.string(),
});
export type Account = z.infer<typeof Account>;

export const Session = z.object({ account: Account });
export type Session = z.infer<typeof Session>;

export const AccountList = z.array(Account);

export const SellerStanding = z.object({
  activePoints: z.number().check(z.gte(0)),
  /** When the next points fall off the record, and how many. */
  nextExpiry: z.nullable(
    z.object({ at: z.iso.datetime({ offset: true }), points: z.number().check(z.gte(0)) }),
  ),
  seriousIpStrikes: intAtLeast(0),
  openComplaints: intAtLeast(0),
  nextDeadline: z.nullable(z.iso.datetime({ offset: true })),
  blockedListings: intAtLeast(0),
  warnedListings: intAtLeast(0),
  totalListings: intAtLeast(0),
});
export type SellerStanding = z.infer<typeof SellerStanding>;

export const Seller = z.object({
  id: Id,
  shopName: z.string(),
  country: z.string().check(z.length(2)),
  joinedAt: z.iso.datetime({ offset: true }),
  standing: SellerStanding,
});
export type Seller = z.infer<typeof Seller>;
