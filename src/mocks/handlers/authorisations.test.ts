import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BrandAuthorisation, Listing, NotificationList } from '@/shared/api/schemas';
import { DEFAULT_SEED } from '../db/database';
import { createMemoryStorage } from '../db/storage';
import { cachedSeed, startTestApi, TEST_NOW, type TestApi } from '../test-support';

let api: TestApi;
afterEach(() => api.close());
// Builds the shared seed once, outside any one test's time limit.
beforeAll(() => void cachedSeed({ seed: DEFAULT_SEED, anchor: TEST_NOW }), 30_000);

const PDF = new TextEncoder().encode('%PDF-1.4\n% a small test document\n%%EOF\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

const METADATA = {
  brands: ['Nike'],
  documentType: 'authorisation_letter',
  issuer: 'Nike Distribution RU',
  issuedAt: '2026-10-01T00:00:00Z',
  validUntil: '2027-10-01T00:00:00Z',
};

function form(
  metadata: unknown = METADATA,
  file: { bytes: Uint8Array; type: string; name: string } | null = {
    bytes: PDF,
    type: 'application/pdf',
    name: 'nike-letter.pdf',
  },
): FormData {
  const body = new FormData();
  body.set('metadata', typeof metadata === 'string' ? metadata : JSON.stringify(metadata));
  if (file) body.set('file', new Blob([Uint8Array.from(file.bytes)], { type: file.type }), file.name);
  return body;
}

const upload = (body: FormData, as = 'seller-at-risk', path = '/authorisations') =>
  api.raw(path, { method: 'POST', as, body });

async function created(response: Response): Promise<BrandAuthorisation> {
  expect(response.status).toBe(201);
  return BrandAuthorisation.parse(await response.json());
}

async function problem(response: Response) {
  return (await response.json()) as { message: string; fieldErrors?: Record<string, string[]> };
}

describe('adding a document', () => {
  it('stores the file apart from the change log and serves it back to its owner and reviewers', async () => {
    const storage = createMemoryStorage();
    api = await startTestApi({ storage });
    const document = await created(await upload(form()));
    expect(document).toMatchObject({
      status: 'pending',
      fileName: 'nike-letter.pdf',
      fileType: 'application/pdf',
      fileSize: PDF.byteLength,
      replacesId: null,
      decidedAt: null,
    });
    expect(storage.dump().files).toEqual([document.id]);
    expect(JSON.stringify(storage.dump().changes)).not.toContain('a small test document');
    expect(api.backend.ctx.db().get('reviewItems', `rev-${document.id}`)?.status).toBe('open');

    for (const as of ['seller-at-risk', 'reviewer']) {
      const file = await api.raw(`/authorisations/${document.id}/file`, { as });
      expect(file.status).toBe(200);
      expect(file.headers.get('Content-Type')).toBe('application/pdf');
      expect(new Uint8Array(await file.arrayBuffer())).toEqual(PDF);
    }
  });

  it('answers 422 with every field at fault', async () => {
    api = await startTestApi();
    const response = await upload(
      form(
        { ...METADATA, brands: [], documentType: 'selfie', validUntil: '2026-01-01T00:00:00Z' },
        { bytes: PDF, type: 'text/plain', name: 'notes.txt' },
      ),
    );
    expect(response.status).toBe(422);
    const { fieldErrors } = await problem(response);
    expect(Object.keys(fieldErrors ?? {}).sort()).toEqual(['brands', 'documentType', 'file']);
    expect(fieldErrors?.file?.[0]).toMatch(/PDF, PNG, JPEG or WebP/);

    const order = await problem(await upload(form({ ...METADATA, validUntil: '2026-09-01T00:00:00Z' })));
    expect(order.fieldErrors?.validUntil?.[0]).toMatch(/after the issue date/);
    const future = await problem(await upload(form({ ...METADATA, issuedAt: '2026-12-01T00:00:00Z' })));
    expect(future.fieldErrors?.issuedAt?.[0]).toMatch(/future/);
    const missing = await problem(await upload(form(METADATA, null)));
    expect(missing.fieldErrors?.file?.[0]).toMatch(/Choose the file/);
    expect((await upload(form('{not json'))).status).toBe(400);
    expect(api.backend.ctx.db().count('authorisations')).toBe(8);
  });

  it('checks the first bytes against the declared type', async () => {
    api = await startTestApi();
    const pngAsPdf = await upload(form(METADATA, { bytes: PNG, type: 'application/pdf', name: 'x.pdf' }));
    expect(pngAsPdf.status).toBe(422);
    expect((await problem(pngAsPdf)).fieldErrors?.file?.[0]).toMatch(
      /says it is a PDF, but its contents are not/,
    );
    await created(await upload(form(METADATA, { bytes: PNG, type: 'image/png', name: 'scan.png' })));
  });

  it('answers 413 above 5 MB', async () => {
    api = await startTestApi();
    const big = new Uint8Array(5 * 1024 * 1024 + 1);
    big.set(PDF);
    const response = await upload(form(METADATA, { bytes: big, type: 'application/pdf', name: 'big.pdf' }));
    expect(response.status).toBe(413);
    expect((await problem(response)).message).toMatch(/larger than the 5 MB limit/);
  });

  it('answers 503 and keeps nothing when the file cannot be stored', async () => {
    const storage = createMemoryStorage();
    api = await startTestApi({ storage });
    storage.writeFile = () => Promise.reject(new Error('QuotaExceededError'));
    const response = await upload(form());
    expect(response.status).toBe(503);
    expect((await problem(response)).message).toMatch(/nothing was changed/);
    expect(api.backend.ctx.db().count('authorisations')).toBe(8);
  });

  it('refuses reviewers', async () => {
    api = await startTestApi();
    expect((await upload(form(), 'reviewer')).status).toBe(403);
  });
});

describe('privacy', () => {
  it('never shows a seller another shop’s documents or files', async () => {
    api = await startTestApi();
    const theirs = await created(await upload(form(), 'seller-at-risk'));
    for (const path of [
      `/authorisations/${theirs.id}`,
      `/authorisations/${theirs.id}/file`,
      '/authorisations/auth-vt-02/file',
    ]) {
      expect((await api.raw(path, { as: 'seller-good' })).status, path).toBe(404);
    }
    expect(
      (await api.raw(`/authorisations/${theirs.id}/withdraw`, { method: 'POST', as: 'seller-good' })).status,
    ).toBe(404);
    expect((await upload(form(), 'seller-good', `/authorisations/${theirs.id}/replace`)).status).toBe(404);
    const list = (await (
      await api.raw('/authorisations', { as: 'seller-good' })
    ).json()) as BrandAuthorisation[];
    expect(list.some((a) => a.sellerId !== list[0]?.sellerId)).toBe(false);
    expect(list.map((a) => a.id)).not.toContain(theirs.id);
    expect((await api.raw(`/authorisations?sellerId=${theirs.sellerId}`, { as: 'seller-good' })).status).toBe(
      403,
    );
  });

  it('serves a placeholder saying it is a demo document for seeded records', async () => {
    api = await startTestApi();
    const pdf = await api.raw('/authorisations/auth-vt-01/file', { as: 'seller-at-risk' });
    expect(pdf.headers.get('Content-Type')).toBe('application/pdf');
    const text = await pdf.text();
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text).toContain('DEMO DOCUMENT');
    const image = await api.raw('/authorisations/auth-vt-02/file', { as: 'reviewer' });
    expect(image.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(await image.text()).toContain('DEMO DOCUMENT');
  });
});

describe('withdrawing and replacing', () => {
  it('withdraws without deleting, closes the review item and writes an audit event', async () => {
    api = await startTestApi();
    const response = await api.raw('/authorisations/auth-vt-01/withdraw', {
      method: 'POST',
      as: 'seller-at-risk',
    });
    expect(response.status).toBe(201);
    const db = api.backend.ctx.db();
    expect(db.get('authorisations', 'auth-vt-01')?.status).toBe('withdrawn');
    expect(db.get('reviewItems', 'rev-auth-vt-01')?.status).toBe('decided');
    expect(db.find('auditEvents', (e) => e.action === 'authorisation.withdrawn')).toHaveLength(1);
    expect(
      (await api.raw('/authorisations/auth-vt-01/withdraw', { method: 'POST', as: 'seller-at-risk' })).status,
    ).toBe(409);
  });

  it('replaces: the old one withdrawn, the new one pointing to it, with a review item of its own', async () => {
    api = await startTestApi();
    const next = await created(
      await upload(
        form({ ...METADATA, brands: ['Casio'] }),
        'seller-at-risk',
        '/authorisations/auth-vt-03/replace',
      ),
    );
    const db = api.backend.ctx.db();
    expect(next.replacesId).toBe('auth-vt-03');
    expect(db.get('authorisations', 'auth-vt-03')?.status).toBe('withdrawn');
    expect(db.get('reviewItems', `rev-${next.id}`)?.status).toBe('open');
  });

  it('brings the warnings back when a verified document is withdrawn', async () => {
    api = await startTestApi();
    const db = api.backend.ctx.db();
    const created = await api.raw('/listings', {
      method: 'POST',
      as: 'seller-good',
      body: JSON.stringify({
        title: 'Anker 20000mAh power bank with USB-C',
        category: 'computers-electronics',
        priceCents: 3_999,
      }),
    });
    const listing = Listing.parse(await created.json());
    const warned = (id: string) =>
      db.get('listings', id)?.check.findings.some((f) => f.ruleId === 'plp.ip.unauthorised-brand');
    expect(warned(listing.id)).toBe(false);
    await api.raw('/authorisations/auth-mt-01/withdraw', { method: 'POST', as: 'seller-good' });
    expect(warned(listing.id)).toBe(true);
  });
});

describe('a reviewer verifying a document', () => {
  it('re-checks the shop’s listings naming the brand, so the plain-brand warning goes, and tells the seller', async () => {
    api = await startTestApi();
    const before = Listing.parse(
      await (await api.raw('/listings/lst-vt-00079', { as: 'seller-at-risk' })).json(),
    );
    expect(before.check.findings.some((f) => f.ruleId === 'plp.ip.unauthorised-brand')).toBe(true);
    const document = await created(await upload(form()));
    const decision = await api.raw(`/review-items/rev-${document.id}/decisions`, {
      method: 'POST',
      as: 'reviewer',
      body: JSON.stringify({ action: 'approve', reason: 'Signed letter from the brand owner.' }),
    });
    expect(decision.status).toBe(201);
    const after = Listing.parse(
      await (await api.raw('/listings/lst-vt-00079', { as: 'seller-at-risk' })).json(),
    );
    expect(after.check.findings.some((f) => f.ruleId === 'plp.ip.unauthorised-brand')).toBe(false);
    expect(after.check.verdict).not.toBe('warn');
    expect(after.version).toBe(before.version);
    const verified = BrandAuthorisation.parse(
      await (await api.raw(`/authorisations/${document.id}`, { as: 'seller-at-risk' })).json(),
    );
    expect(verified).toMatchObject({ status: 'verified', decidedAt: '2026-11-20T10:00:00.000Z' });
    api.signInAs('seller-at-risk');
    const inbox = await api.client.request('/notifications', { schema: NotificationList });
    expect(inbox.items.find((n) => n.link === '/authorisations')?.title).toBe('Your document was verified');
  });

  it('rejects with the reason on the document', async () => {
    api = await startTestApi();
    const response = await api.raw('/review-items/rev-auth-vt-01/decisions', {
      method: 'POST',
      as: 'reviewer',
      body: JSON.stringify({ action: 'reject_complaint', reason: 'The invoice does not name Xiaomi.' }),
    });
    expect(response.status).toBe(201);
    expect(api.backend.ctx.db().get('authorisations', 'auth-vt-01')).toMatchObject({
      status: 'rejected',
      rejectionReason: 'The invoice does not name Xiaomi.',
    });
  });
});
