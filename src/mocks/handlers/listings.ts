import { Listing, ListingBulkAction, ListingCreate, ListingQuery, ListingUpdate } from '@/shared/api/schemas';
import { endpoint, type MockContext, type SignedInArgs } from '../context';
import { conflict, forbidden, notFound, paginate, parseBody, parseQuery } from '../http';
import { queryListings } from './listing-query';

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
      return db.put(
        'listings',
        Listing.parse({
          ...input,
          id,
          sellerId: account.sellerId,
          moderation: 'active',
          check: { verdict: 'ok', findings: [], checkedAt: at },
          createdAt: at,
          updatedAt: at,
          version: 1,
        }),
      );
    }),

    endpoint(ctx, 'patch', '/listings/:id', 'listings', 'seller', async (args) => {
      const listing = ownListing(args);
      const input = await parseBody(args.request, ListingUpdate);
      if (input.version !== listing.version) {
        throw conflict(
          'Someone saved this listing after you opened it. Your text is kept: review the latest version and save again.',
        );
      }
      const { version: _version, ...changes } = input;
      return args.db.put('listings', {
        ...listing,
        ...changes,
        version: listing.version + 1,
        updatedAt: args.now.toISOString(),
      });
    }),

    endpoint(ctx, 'post', '/listings/bulk', 'listings', 'seller', async ({ request, db, account, now }) => {
      const { action, ids } = await parseBody(request, ListingBulkAction);
      const skipped: string[] = [];
      let updated = 0;
      const moderation = { delist: 'delisted', relist: 'active', request_review: 'under_review' } as const;
      for (const id of ids) {
        const listing = db.get('listings', id);
        if (!listing || listing.sellerId !== account.sellerId || listing.moderation === 'removed') {
          skipped.push(id);
          continue;
        }
        db.put('listings', {
          ...listing,
          moderation: moderation[action],
          version: listing.version + 1,
          updatedAt: now.toISOString(),
        });
        updated++;
      }
      return new Response(JSON.stringify({ updated, skipped }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  ];
}
