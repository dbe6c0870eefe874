import type { MockContext } from '../context';
import { auditHandlers } from './audit';
import { authorisationHandlers } from './authorisations';
import { complaintHandlers } from './complaints';
import { demoHandlers } from './demo';
import { listingHandlers } from './listings';
import { notificationHandlers } from './notifications';
import { penaltyHandlers } from './penalties';
import { policyHandlers } from './policies';
import { reviewItemHandlers } from './review-items';
import { ruleHandlers } from './rules';
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
    ...auditHandlers(ctx),
    ...ruleHandlers(ctx),
    ...policyHandlers(ctx),
    ...reviewItemHandlers(ctx),
    ...notificationHandlers(ctx),
    ...demoHandlers(ctx),
  ];
}
