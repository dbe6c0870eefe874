import type { MockContext } from '../context';
import { authorisationHandlers } from './authorisations';
import { complaintHandlers } from './complaints';
import { demoHandlers } from './demo';
import { listingHandlers } from './listings';
import { notificationHandlers } from './notifications';
import { penaltyHandlers } from './penalties';
import { policyHandlers } from './policies';
import { reviewHandlers } from './review';
import { reviewItemHandlers } from './review-items';
import { sellerHandlers } from './sellers';
import { sessionHandlers } from './session';

/** Every endpoint of the mocked API, bound to one context (database, clock, config). */
export function createHandlers(ctx: MockContext) {
  return [
    ...sessionHandlers(ctx),
    ...sellerHandlers(ctx),
    ...listingHandlers(ctx),
    ...authorisationHandlers(ctx),
    ...penaltyHandlers(ctx),
    ...complaintHandlers(ctx),
    ...policyHandlers(ctx),
    ...reviewItemHandlers(ctx),
    ...reviewHandlers(ctx),
    ...notificationHandlers(ctx),
    ...demoHandlers(ctx),
  ];
}
