import type { Account, BrandAuthorisation } from '@/shared/api/schemas';
import { recheckBrandListings } from '../brand-recheck';
import { endpoint, type MockContext } from '../context';
import type { Db } from '../db/db';
import { conflict, HttpProblem, notFound, parseNoBody } from '../http';
import { placeholderPdf, placeholderSvg, readUpload, type Upload } from '../vault-files';
import { shopRows } from './scope';

/** A document the caller may see: the seller who owns it or a reviewer; anyone else gets 404, as if absent. */
function visibleDocument(db: Db, id: string, account: Account): BrandAuthorisation {
  const document = db.get('authorisations', id);
  if (!document || (account.role !== 'reviewer' && document.sellerId !== account.sellerId))
    throw notFound('That document');
  return document;
}

/** The seller's own document that can still change (withdrawn ones are history). */
function changeableDocument(db: Db, id: string, account: Account): BrandAuthorisation {
  const document = visibleDocument(db, id, account);
  if (document.status === 'withdrawn')
    throw conflict('This document was already withdrawn or replaced. Reload to see its latest version.');
  return document;
}

async function storeFile(ctx: MockContext, id: string, file: Upload['file']): Promise<void> {
  try {
    await ctx.files.write(id, { type: file.type, bytes: file.bytes });
  } catch {
    throw new HttpProblem(
      503,
      'storage',
      'The demo could not save this file in the browser\u2019s storage, so nothing was changed. Try again.',
    );
  }
}

/** Files are stored under a fresh id per upload, and the row is written only once its file is stored. */
function newId(db: Db, now: Date): string {
  return `auth-${now.getTime().toString(36)}-${db.count('authorisations').toString(36)}`;
}

function putPending(
  db: Db,
  id: string,
  sellerId: string,
  upload: Upload,
  replacesId: string | null,
  now: Date,
): BrandAuthorisation {
  const row = db.put('authorisations', {
    ...upload.metadata,
    id,
    sellerId,
    status: 'pending',
    rejectionReason: null,
    fileName: upload.file.name,
    fileType: upload.file.type,
    fileSize: upload.file.bytes.byteLength,
    replacesId,
    decidedAt: null,
  });
  db.put('reviewItems', {
    id: `rev-${id}`,
    kind: 'document',
    sellerId,
    subjectId: id,
    title: `Brand authorisation: ${row.brands.join(', ')}`,
    reason: `A ${row.documentType.replaceAll('_', ' ')} from ${row.issuer} waits for verification${
      replacesId ? ` (it replaces ${replacesId})` : ''
    }.`,
    ruleIds: [],
    risk: 15,
    pointsAtStake: 0,
    status: 'open',
    createdAt: now.toISOString(),
  });
  return row;
}

/**
 * Takes a document out of force: 'withdrawn' (never deleted), its open review item closed, an audit event,
 * and, when it was covering brands, the shop's listings naming them checked again.
 */
function withdraw(db: Db, document: BrandAuthorisation, account: Account, now: Date, summary: string): void {
  const at = now.toISOString();
  db.put('authorisations', { ...document, status: 'withdrawn' });
  const item = db.get('reviewItems', `rev-${document.id}`);
  if (item?.status === 'open') db.put('reviewItems', { ...item, status: 'decided' });
  db.put('auditEvents', {
    id: `aud-withdraw-${document.id}-${now.getTime().toString(36)}`,
    at,
    actor: { kind: 'seller', id: account.id, name: account.name },
    action: 'authorisation.withdrawn',
    subject: { type: 'document', id: document.id },
    summary,
    policy: { policy: 'ipr-protection-policy', clause: 'authorised-brands' },
    snapshot: `${document.documentType.replaceAll('_', ' ')} for ${document.brands.join(', ')} from ${document.issuer} (${document.fileName}), was ${document.status}`,
  });
  if (document.status === 'verified') recheckBrandListings(db, document.sellerId, document.brands, now);
}

export function authorisationHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'get', '/authorisations', 'authorisations', 'signed-in', ({ request, db, account }) => {
      return shopRows(db, 'authorisations', request, account, 'issuedAt');
    }),

    endpoint(ctx, 'get', '/authorisations/:id', 'authorisations', 'signed-in', ({ params, db, account }) =>
      visibleDocument(db, String(params.id), account),
    ),

    endpoint(
      ctx,
      'get',
      '/authorisations/:id/file',
      'authorisations',
      'signed-in',
      async ({ params, db, account }) => {
        const document = visibleDocument(db, String(params.id), account);
        const stored = await ctx.files.read(document.id);
        const body = stored
          ? { type: stored.type, bytes: new Uint8Array(stored.bytes) }
          : document.fileType === 'application/pdf'
            ? { type: 'application/pdf', bytes: Uint8Array.from(placeholderPdf(document)) }
            : { type: 'image/svg+xml', bytes: Uint8Array.from(placeholderSvg(document)) };
        return new Response(body.bytes, {
          status: 200,
          headers: {
            'Content-Type': body.type,
            'Content-Length': String(body.bytes.byteLength),
            'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
            'X-Content-Type-Options': 'nosniff',
            'Cache-Control': 'private, no-store',
          },
        });
      },
    ),

    endpoint(
      ctx,
      'post',
      '/authorisations',
      'authorisations',
      'seller',
      async ({ request, db, account, now }) => {
        const upload = await readUpload(request, now);
        const id = newId(db, now);
        await storeFile(ctx, id, upload.file);
        // No await from here on.
        return putPending(db, id, account.sellerId ?? '', upload, null, now);
      },
    ),

    endpoint(
      ctx,
      'post',
      '/authorisations/:id/replace',
      'authorisations',
      'seller',
      async ({ request, params, db, account, now }) => {
        changeableDocument(db, String(params.id), account);
        const upload = await readUpload(request, now);
        const id = newId(db, now);
        await storeFile(ctx, id, upload.file);
        // No await from here on: the status check and the writes see the same row.
        const old = changeableDocument(db, String(params.id), account);
        withdraw(db, old, account, now, `Replaced by ${id} (${upload.file.name}).`);
        return putPending(db, id, old.sellerId, upload, old.id, now);
      },
    ),

    endpoint(
      ctx,
      'post',
      '/authorisations/:id/withdraw',
      'authorisations',
      'seller',
      async ({ request, params, db, account, now }) => {
        await parseNoBody(request);
        // No await from here on.
        const document = changeableDocument(db, String(params.id), account);
        withdraw(db, document, account, now, 'Withdrawn by the seller.');
        return db.get('authorisations', document.id);
      },
    ),
  ];
}
