import {
  Listing,
  ListingBulkAction,
  ListingCreate,
  ListingQuery,
  ListingUpdate,
  type ModerationState,
} from '@/shared/api/schemas';
import type { Db } from '../db/db';
import { checkStoredListing } from '../listing-check';
import { listingReviewItem } from '../review-item';
import { needsReviewDespiteMode, reviewOnlyRules } from '../rule-modes';
import { activePoints } from '@/domain/penalties/standing';
import { verifiedBrands } from '@/domain/authorisations/verified-brands';
import { endpoint, type MockContext, type SignedInArgs } from '../context';
import { conflict, forbidden, notFound, paginate, parseBody, parseQuery } from '../http';
import { queryListings } from './listing-query';

/**
 * Where a bulk action may take a listing, or null to skip it: a seller can always take a listing down, but can
 * only put back what they took down themselves (never a blocked one), and moderation's states stay moderation's.
 */
function bulkTransition(action: ListingBulkAction['action'], listing: Listing): ModerationState | null {
  switch (action) {
    case 'delist':
      return listing.moderation === 'removed' || listing.moderation === 'delisted' ? null : 'delisted';
    case 'relist':
      return listing.moderation === 'delisted' && listing.check.verdict !== 'block' ? 'active' : null;
    case 'request_review':
      return listing.moderation === 'removed' || listing.moderation === 'under_review'
        ? null
        : 'under_review';
    case 'recheck':
      return listing.moderation;
  }
}

/** The brands a shop holds a verified, unexpired authorisation for. */
export function shopBrands(db: Db, sellerId: string, now: Date): string[] {
  return verifiedBrands(
    db.find('authorisations', (a) => a.sellerId === sellerId),
    now,
  );
}

/** Puts the listing in the reviewers' queue (once). */
export function requestReview(db: Db, listing: Listing, at: string): void {
  if (db.get('reviewItems', `rev-${listing.id}`)?.status === 'open') return;
  const sellerPoints = activePoints(
    db.find('penalties', (p) => p.sellerId === listing.sellerId),
    new Date(at),
  );
  db.put(
    'reviewItems',
    listingReviewItem(listing, {
      sellerPoints,
      status: 'open',
      createdAt: at,
      fallbackReason: 'The seller asked for a review.',
    }),
  );
}

/** A seller's own listing, or 404 (another shop's listing is not revealed to exist). */
function ownListing({ db, params, account }: SignedInArgs) {
  const listing = db.get('listings', String(params.id));
  if (!listing || (account.role === 'seller' && listing.sellerId !== account.sellerId))
    throw notFound('That listing');
  return listing;
}

export function listingHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'get', '/listings', 'listings', 'signed-in', ({ request, db, account }) => {
      const query = parseQuery(request, ListingQuery);
      if (account.role === 'seller') {
        if (query.sellerId && query.sellerId !== account.sellerId)
          throw forbidden('You can only see your own listings.');
        query.sellerId = account.sellerId ?? undefined;
      }
      return paginate(queryListings(db.all('listings'), query), query.page, query.pageSize);
    }),

    endpoint(ctx, 'get', '/listings/:id', 'listings', 'signed-in', (args) => ownListing(args)),

    endpoint(ctx, 'post', '/listings', 'listings', 'seller', async ({ request, db, account, now }) => {
      const input = await parseBody(request, ListingCreate);
      const at = now.toISOString();
      const id = `lst-new-${now.getTime().toString(36)}-${db.count('listings').toString(36)}`;
      const sellerId = account.sellerId ?? '';
      const check = checkStoredListing(
        {
          title: input.title,
          description: input.description ?? '',
          brand: input.brand ?? null,
          category: input.category,
        },
        shopBrands(db, sellerId, now),
        at,
        reviewOnlyRules(db),
      );
      const listing = db.put(
        'listings',
        Listing.parse({
          ...input,
          id,
          sellerId,
          // A blocked listing is not published: it waits for a reviewer.
          moderation: check.verdict === 'block' ? 'under_review' : 'active',
          check,
          createdAt: at,
          updatedAt: at,
          version: 1,
        }),
      );
      // A review-only rule does not block, but what it found still goes to a person.
      if (check.verdict === 'block' || needsReviewDespiteMode(listing, reviewOnlyRules(db)))
        requestReview(db, listing, at);
      return listing;
    }),

    endpoint(ctx, 'patch', '/listings/:id', 'listings', 'seller', async (args) => {
      const input = await parseBody(args.request, ListingUpdate);
      // No await from here on: the version check and the write see the same row.
      const listing = ownListing(args);
      if (listing.moderation === 'removed') {
        throw conflict(
          'This listing was removed by moderation and can no longer be edited. Create a new listing instead.',
        );
      }
      if (input.version !== listing.version) {
        throw conflict(
          'Someone saved this listing after you opened it. Your text is kept: review the latest version and save again.',
        );
      }
      const { version: _version, ...changes } = input;
      const at = args.now.toISOString();
      const next = { ...listing, ...changes };
      return args.db.put('listings', {
        ...next,
        check: checkStoredListing(
          next,
          shopBrands(args.db, listing.sellerId, args.now),
          at,
          reviewOnlyRules(args.db),
        ),
        version: listing.version + 1,
        updatedAt: at,
      });
    }),

    endpoint(ctx, 'post', '/listings/bulk', 'listings', 'seller', async ({ request, db, account, now }) => {
      const { action, ids } = await parseBody(request, ListingBulkAction);
      const skipped: string[] = [];
      let updated = 0;
      for (const id of ids) {
        const listing = db.get('listings', id);
        const next =
          listing && listing.sellerId === account.sellerId ? bulkTransition(action, listing) : null;
        if (!listing || !next) {
          skipped.push(id);
          continue;
        }
        const at = now.toISOString();
        const check =
          action === 'recheck'
            ? checkStoredListing(listing, shopBrands(db, listing.sellerId, now), at, reviewOnlyRules(db))
            : listing.check;
        db.put('listings', {
          ...listing,
          moderation: next,
          check,
          version: listing.version + 1,
          updatedAt: at,
        });
        if (action === 'request_review') requestReview(db, listing, at);
        updated++;
      }
      return new Response(JSON.stringify({ updated, skipped }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  ];
}
