import { ComplaintResponse, ComplaintResponseCreate } from '@/shared/api/schemas';
import { endpoint, type MockContext, type SignedInArgs } from '../context';
import { conflict, notFound, parseBody, unprocessable } from '../http';
import { newestFirst, shopRows, checkVaultDocuments } from './scope';

const count = (n: number, word: string) => `${n === 0 ? 'no' : n} ${word}${n === 1 ? '' : 's'}`;

const removalNote = (listings: number) =>
  listings === 0 ? 'it named no listing to remove.' : `${count(listings, 'listing')} removed.`;

function visibleComplaint({ params, db, account }: SignedInArgs) {
  const complaint = db.get('complaints', String(params.id));
  if (!complaint || (account.role === 'seller' && complaint.sellerId !== account.sellerId))
    throw notFound('That complaint');
  return complaint;
}

export function complaintHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'get', '/complaints', 'complaints', 'signed-in', ({ request, db, account }) => {
      return shopRows(db, 'complaints', request, account, 'receivedAt');
    }),

    endpoint(ctx, 'get', '/complaints/:id', 'complaints', 'signed-in', (args) => {
      const complaint = visibleComplaint(args);
      const responses = args.db
        .find('complaintResponses', (r) => r.complaintId === complaint.id)
        .sort(newestFirst('submittedAt'));
      const listings = complaint.listingIds.flatMap((id) => {
        const listing = args.db.get('listings', id);
        return listing ? [{ id: listing.id, title: listing.title, moderation: listing.moderation }] : [];
      });
      return { complaint, responses, listings };
    }),

    endpoint(ctx, 'post', '/complaints/:id/responses', 'complaints', 'seller', async (args) => {
      const input = await parseBody(args.request, ComplaintResponseCreate);
      // No await from here on: the status check and the write see the same complaint.
      const complaint = visibleComplaint(args);
      if (input.kind === 'counter_notice') checkVaultDocuments(args.db, complaint.sellerId, input.documents);
      if (complaint.status !== 'awaiting_response') {
        throw conflict('This complaint has already been answered or decided.');
      }
      if (args.now.getTime() > new Date(complaint.respondBy).getTime()) {
        throw unprocessable('The deadline to answer this complaint has passed.');
      }
      const at = args.now.toISOString();
      const response = ComplaintResponse.parse({
        id: `rsp-${complaint.id}`,
        complaintId: complaint.id,
        sellerId: complaint.sellerId,
        kind: input.kind,
        grounds: input.kind === 'counter_notice' ? input.grounds : [],
        statement: input.kind === 'counter_notice' ? input.statement : '',
        documents: input.kind === 'counter_notice' ? input.documents : [],
        submittedAt: at,
      });
      const seller = { kind: 'seller', id: args.account.id, name: args.account.name } as const;
      args.db.put('complaintResponses', response);
      args.db.put('complaints', {
        ...complaint,
        status: input.kind === 'accept' ? 'accepted' : 'counter_noticed',
        history: [
          ...complaint.history,
          {
            at,
            actor: seller,
            action: input.kind === 'accept' ? 'accepted' : 'counter_noticed',
            note:
              input.kind === 'accept'
                ? `The seller accepted the complaint; ${removalNote(complaint.listingIds.length)}`
                : `The seller filed a counter-notice on ${count(input.grounds.length, 'ground')} with ${count(input.documents.length, 'document')}.`,
          },
        ],
      });
      const reviewItem = args.db.get('reviewItems', `rev-${complaint.id}`);
      if (input.kind === 'accept' && reviewItem?.status === 'open') {
        // Nothing left for a reviewer to decide once the seller accepts.
        args.db.put('reviewItems', { ...reviewItem, status: 'decided' });
      }
      args.db.put('auditEvents', {
        id: `aud-${response.id}`,
        at,
        actor: seller,
        action: input.kind === 'accept' ? 'complaint.accepted' : 'complaint.counter_noticed',
        subject: { type: 'complaint', id: complaint.id },
        summary: input.kind === 'accept' ? 'The seller accepted the complaint.' : response.statement,
        policy: { policy: 'reporting-ip-infringement', clause: 'forwarding' },
        snapshot: null,
      });
      if (input.kind === 'accept') {
        for (const id of complaint.listingIds) {
          const listing = args.db.get('listings', id);
          if (listing)
            args.db.put('listings', {
              ...listing,
              moderation: 'removed',
              version: listing.version + 1,
              updatedAt: at,
            });
        }
      }
      return response;
    }),
  ];
}
