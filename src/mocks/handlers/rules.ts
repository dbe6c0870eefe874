import { RULES } from '@/domain/checker/rule-index';
import { RuleModeUpdate, type Account, type RuleMode, type RuleModeResult } from '@/shared/api/schemas';
import { endpoint, type MockContext } from '../context';
import type { Db } from '../db/db';
import { conflict, notFound, parseBody } from '../http';
import { checkStoredListing } from '../listing-check';
import { reviewOnlyRules } from '../rule-modes';
import { ruleStats } from '../rule-stats';
import { storeRecheck } from '../brand-recheck';
import { shopBrands } from './listings';

/**
 * Checks again the stored listings whose findings cite the rule (only those: a mode changes nothing else), so
 * their verdicts follow the mode. A listing that now blocks while live is held for review, as a new one would be.
 */
function recheckCiting(db: Db, ruleId: string, now: Date): { rechecked: number; verdictsChanged: number } {
  const at = now.toISOString();
  const reviewOnly = reviewOnlyRules(db);
  const brands = new Map<string, string[]>();
  let rechecked = 0;
  let verdictsChanged = 0;
  for (const listing of db.find('listings', (l) => l.check.findings.some((f) => f.ruleId === ruleId))) {
    let sellerBrands = brands.get(listing.sellerId);
    if (!sellerBrands) {
      sellerBrands = shopBrands(db, listing.sellerId, now);
      brands.set(listing.sellerId, sellerBrands);
    }
    rechecked++;
    if (storeRecheck(db, listing, checkStoredListing(listing, sellerBrands, at, reviewOnly), at))
      verdictsChanged++;
  }
  return { rechecked, verdictsChanged };
}

function recordLine(db: Db, ruleId: string): string {
  const stat = ruleStats(db).find((s) => s.ruleId === ruleId);
  return stat
    ? `Record when changed: ${stat.upheld} upheld, ${stat.overturned} overturned, ${stat.open} open.`
    : '';
}

export function ruleHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'get', '/rule-stats', 'rules', 'reviewer', ({ db }) => ruleStats(db)),

    // Every signed-in checker needs the modes, so a seller's live check agrees with the stored verdicts.
    endpoint(ctx, 'get', '/rule-modes', 'rules', 'signed-in', ({ db }) =>
      db.all('ruleModes').sort((a, b) => a.id.localeCompare(b.id)),
    ),

    endpoint(
      ctx,
      'put',
      '/rules/:id/mode',
      'rules',
      'reviewer',
      async ({ request, params, db, account, now }): Promise<RuleModeResult> => {
        const ruleId = String(params.id);
        const rule = RULES.get(ruleId);
        if (!rule) throw notFound('That checker rule');
        const input = await parseBody(request, RuleModeUpdate);
        // No await from here on: the mode check and the change see the same row.
        const current = db.get('ruleModes', ruleId)?.mode ?? 'enforce';
        if (current === input.mode) {
          throw conflict(
            input.mode === 'enforce'
              ? 'This rule is already enforced.'
              : 'This rule is already in review only.',
          );
        }
        const at = now.toISOString();
        const actor = actorOf(account);
        const mode: RuleMode = {
          id: ruleId,
          mode: input.mode,
          changedBy: actor,
          changedAt: at,
          reason: input.reason,
        };
        const record = recordLine(db, ruleId);
        db.put('ruleModes', mode);
        const result = recheckCiting(db, ruleId, now);
        db.put('auditEvents', {
          id: `aud-rule-${db.count('auditEvents').toString(36)}-${now.getTime().toString(36)}`,
          at,
          actor,
          action: 'rule.mode_changed',
          subject: { type: 'rule', id: ruleId },
          summary: `${input.mode === 'review_only' ? 'Review only' : 'Enforce'}: ${input.reason}`,
          policy: { policy: rule.policy.policy, clause: rule.policy.clause },
          snapshot: [
            `${ruleId}: ${rule.reason}`,
            `Mode: ${current.replace('_', ' ')} -> ${input.mode.replace('_', ' ')}.`,
            record,
            `Listings re-checked: ${result.rechecked}; verdicts changed: ${result.verdictsChanged}.`,
          ]
            .filter(Boolean)
            .join('\n'),
        });
        return { mode, ...result };
      },
    ),
  ];
}

const actorOf = (account: Account) => ({ kind: 'reviewer', id: account.id, name: account.name }) as const;
