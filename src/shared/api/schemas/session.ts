import { z } from 'zod';
import { Id, Role } from './common';

export const Account = z.object({
  id: Id,
  name: z.string(),
  role: Role,
  /** The shop a seller account runs; absent for reviewers. */
  sellerId: Id.nullable(),
  description: z.string(),
});
export type Account = z.infer<typeof Account>;

export const Session = z.object({ account: Account });
export type Session = z.infer<typeof Session>;

export const AccountList = z.array(Account);

export const SellerStanding = z.object({
  activePoints: z.number().min(0),
  /** When the next points fall off the record, and how many. */
  nextExpiry: z.object({ at: z.iso.datetime({ offset: true }), points: z.number().min(0) }).nullable(),
  seriousIpStrikes: z.number().int().min(0),
  openComplaints: z.number().int().min(0),
  nextDeadline: z.iso.datetime({ offset: true }).nullable(),
  blockedListings: z.number().int().min(0),
  warnedListings: z.number().int().min(0),
  totalListings: z.number().int().min(0),
});
export type SellerStanding = z.infer<typeof SellerStanding>;

export const Seller = z.object({
  id: Id,
  shopName: z.string(),
  country: z.string().length(2),
  joinedAt: z.iso.datetime({ offset: true }),
  standing: SellerStanding,
});
export type Seller = z.infer<typeof Seller>;
