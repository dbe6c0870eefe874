import type { RequestHandler } from 'msw';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../db/database';
import type { Db } from '../db/db';
import { createMemoryStorage } from '../db/storage';
import { MAX_BODY_BYTES } from '../http';
import { SELLER_IDS } from '../seed/accounts';
import { cachedSeed, startTestApi, TEST_NOW, type TestApi } from '../test-support';

/**
 * Who may call each endpoint of the mocked API, and what every write refuses. The table must name every
 * registered endpoint: a new one fails the first test until it says who may call it and how it is checked.
 */

type Access = 'public' | 'signed-in' | 'seller' | 'reviewer' | 'closed';
type Body = (db: Db) => unknown;

interface OtherShop {
  /** The same request, made by seller-good about seller-at-risk's records. */
  path: string;
  body?: Body;
  status: 403 | 404 | 422 | 200;
  /** For a 422: the field the refusal names. */
  field?: string;
  /** The records the request must leave exactly as they were. */
  untouched: (db: Db) => unknown;
}

interface EndpointCase {
  access: Access;
  /** Who makes the allowed request (for 'public' and 'signed-in': a seller, unless said). */
  as?: string;
  path: string;
  body?: Body;
  /** What the request carries when it writes: a JSON object, a multipart upload, or nothing at all. */
  sends?: 'json' | 'multipart' | 'nothing';
  /** Another shop's records, or why the endpoint has none. */
  otherShop: OtherShop | string;
}

const AT_RISK = SELLER_IDS.atRisk;
const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');
const METADATA = {
  brands: ['Casio'],
  documentType: 'authorisation_letter',
  issuer: 'Casio Europe GmbH',
  issuedAt: '2026-10-01T00:00:00Z',
  validUntil: '2027-10-01T00:00:00Z',
};

function upload(metadata: unknown = METADATA, file: Uint8Array = PDF, extra?: [string, string]): FormData {
  const form = new FormData();
  form.set('metadata', typeof metadata === 'string' ? metadata : JSON.stringify(metadata));
  form.set('file', new Blob([Uint8Array.from(file)], { type: 'application/pdf' }), 'letter.pdf');
  if (extra) form.set(...extra);
  return form;
}

const row = <T>(value: T | undefined): T => {
  if (value === undefined) throw new Error('The seed no longer has the record this table relies on.');
  return value;
};
const listingVersion = (db: Db, id: string) => row(db.get('listings', id)).version;
const notificationOf = (db: Db, accountId: string) =>
  row(db.all('notifications').find((n) => n.accountId === accountId && n.readAt === null)).id;
const shopRows = (collection: 'listings' | 'authorisations' | 'penalties' | 'appeals' | 'complaints') => {
  return (db: Db) => db.find(collection, (r) => r.sellerId === AT_RISK);
};

const ENDPOINTS: Record<string, EndpointCase> = {
  'GET /accounts': { access: 'public', path: '/accounts', otherShop: 'lists the demo accounts for sign-in' },
  'GET /session': { access: 'signed-in', path: '/session', otherShop: 'answers about the caller only' },

  'GET /sellers': { access: 'reviewer', path: '/sellers', otherShop: 'reviewers only' },
  'GET /sellers/:id': {
    access: 'signed-in',
    path: `/sellers/${SELLER_IDS.good}`,
    otherShop: { path: `/sellers/${AT_RISK}`, status: 403, untouched: (db) => db.get('sellers', AT_RISK) },
  },

  'GET /listings': {
    access: 'signed-in',
    path: '/listings',
    otherShop: { path: `/listings?sellerId=${AT_RISK}`, status: 403, untouched: shopRows('listings') },
  },
  'GET /listings/:id': {
    access: 'signed-in',
    as: 'seller-at-risk',
    path: '/listings/lst-vt-00001',
    otherShop: { path: '/listings/lst-vt-00001', status: 404, untouched: shopRows('listings') },
  },
  'POST /listings': {
    access: 'seller',
    path: '/listings',
    sends: 'json',
    body: () => ({ title: 'Linen tea towel', category: 'clothing', priceCents: 1200 }),
    // A listing always goes to the caller's own shop: naming another is refused.
    otherShop: {
      path: '/listings',
      body: () => ({ title: 'Linen tea towel', category: 'clothing', priceCents: 1200, sellerId: AT_RISK }),
      status: 422,
      field: 'sellerId',
      untouched: shopRows('listings'),
    },
  },
  'PATCH /listings/:id': {
    access: 'seller',
    as: 'seller-at-risk',
    path: '/listings/lst-vt-00001',
    sends: 'json',
    body: (db) => ({ version: listingVersion(db, 'lst-vt-00001'), title: 'Ceramic mug, 350 ml' }),
    otherShop: {
      path: '/listings/lst-vt-00001',
      body: (db) => ({ version: listingVersion(db, 'lst-vt-00001'), title: 'Taken over' }),
      status: 404,
      untouched: (db) => db.get('listings', 'lst-vt-00001'),
    },
  },
  'POST /listings/bulk': {
    access: 'seller',
    as: 'seller-at-risk',
    path: '/listings/bulk',
    sends: 'json',
    body: () => ({ action: 'delist', ids: ['lst-vt-00001'] }),
    // Answered per listing: another shop's are skipped, and the answer says so.
    otherShop: {
      path: '/listings/bulk',
      body: () => ({ action: 'delist', ids: ['lst-vt-00001'] }),
      status: 200,
      untouched: shopRows('listings'),
    },
  },

  'GET /authorisations': {
    access: 'signed-in',
    path: '/authorisations',
    otherShop: {
      path: `/authorisations?sellerId=${AT_RISK}`,
      status: 403,
      untouched: shopRows('authorisations'),
    },
  },
  'GET /authorisations/:id': {
    access: 'signed-in',
    as: 'seller-at-risk',
    path: '/authorisations/auth-vt-01',
    otherShop: { path: '/authorisations/auth-vt-01', status: 404, untouched: shopRows('authorisations') },
  },
  'GET /authorisations/:id/file': {
    access: 'signed-in',
    as: 'seller-at-risk',
    path: '/authorisations/auth-vt-01/file',
    otherShop: {
      path: '/authorisations/auth-vt-01/file',
      status: 404,
      untouched: shopRows('authorisations'),
    },
  },
  'POST /authorisations': {
    access: 'seller',
    path: '/authorisations',
    sends: 'multipart',
    body: () => upload(),
    // A document always goes to the caller's own vault: naming another shop is refused.
    otherShop: {
      path: '/authorisations',
      body: () => upload({ ...METADATA, sellerId: AT_RISK }),
      status: 422,
      field: 'sellerId',
      untouched: shopRows('authorisations'),
    },
  },
  'POST /authorisations/:id/replace': {
    access: 'seller',
    as: 'seller-at-risk',
    path: '/authorisations/auth-vt-01/replace',
    sends: 'multipart',
    body: () => upload(),
    otherShop: {
      path: '/authorisations/auth-vt-01/replace',
      body: () => upload(),
      status: 404,
      untouched: shopRows('authorisations'),
    },
  },
  'POST /authorisations/:id/withdraw': {
    access: 'seller',
    as: 'seller-at-risk',
    path: '/authorisations/auth-vt-01/withdraw',
    sends: 'nothing',
    otherShop: {
      path: '/authorisations/auth-vt-01/withdraw',
      status: 404,
      untouched: shopRows('authorisations'),
    },
  },

  'GET /penalties': {
    access: 'signed-in',
    path: '/penalties',
    otherShop: { path: `/penalties?sellerId=${AT_RISK}`, status: 403, untouched: shopRows('penalties') },
  },
  'GET /penalties/:id': {
    access: 'signed-in',
    as: 'seller-at-risk',
    path: '/penalties/pen-vt-01',
    otherShop: { path: '/penalties/pen-vt-01', status: 404, untouched: shopRows('penalties') },
  },
  'GET /appeals': {
    access: 'signed-in',
    path: '/appeals',
    otherShop: { path: `/appeals?sellerId=${AT_RISK}`, status: 403, untouched: shopRows('appeals') },
  },
  'POST /penalties/:id/appeals': {
    access: 'seller',
    as: 'seller-at-risk',
    path: '/penalties/pen-vt-08/appeals',
    sends: 'json',
    body: () => ({ reason: 'This was a training lock for locksmith students.' }),
    otherShop: {
      path: '/penalties/pen-vt-08/appeals',
      body: () => ({ reason: 'This was a training lock for locksmith students.' }),
      status: 404,
      untouched: (db) => [shopRows('penalties')(db), shopRows('appeals')(db)],
    },
  },
  'POST /appeals/:id/decision': {
    access: 'reviewer',
    path: '/appeals/app-vt-02/decision',
    sends: 'json',
    body: () => ({ outcome: 'rejected', reason: 'The listing named the device plainly.' }),
    otherShop: 'reviewers only',
  },

  'GET /complaints': {
    access: 'signed-in',
    path: '/complaints',
    otherShop: { path: `/complaints?sellerId=${AT_RISK}`, status: 403, untouched: shopRows('complaints') },
  },
  'GET /complaints/:id': {
    access: 'signed-in',
    as: 'seller-at-risk',
    path: '/complaints/cmp-vt-01',
    otherShop: { path: '/complaints/cmp-vt-01', status: 404, untouched: shopRows('complaints') },
  },
  'POST /complaints/:id/responses': {
    access: 'seller',
    as: 'seller-at-risk',
    path: '/complaints/cmp-vt-01/responses',
    sends: 'json',
    body: () => ({ kind: 'accept' }),
    otherShop: {
      path: '/complaints/cmp-vt-01/responses',
      body: () => ({ kind: 'accept' }),
      status: 404,
      untouched: (db) => [shopRows('complaints')(db), shopRows('listings')(db)],
    },
  },

  'GET /audit-events': { access: 'reviewer', path: '/audit-events', otherShop: 'reviewers only' },
  ...Object.fromEntries(
    ['POST', 'PUT', 'PATCH', 'DELETE'].flatMap((method) =>
      ['/audit-events', '/audit-events/:id'].map((path) => [
        `${method} ${path}`,
        {
          access: 'closed',
          path: path.replace(':id', 'aud-rcv-cmp-vt-01'),
          otherShop: 'the audit log is never changed by anyone',
        } satisfies EndpointCase,
      ]),
    ),
  ),

  'GET /rule-stats': { access: 'reviewer', path: '/rule-stats', otherShop: 'reviewers only' },
  'GET /rule-modes': { access: 'signed-in', path: '/rule-modes', otherShop: 'the same for every shop' },
  'PUT /rules/:id/mode': {
    access: 'reviewer',
    path: '/rules/plp.ip.brand-style/mode',
    sends: 'json',
    body: () => ({ mode: 'review_only', reason: 'Too many false hits on style words.' }),
    otherShop: 'reviewers only',
  },
  'GET /policies': { access: 'signed-in', path: '/policies', otherShop: 'public policy library' },
  'GET /policies/:slug': {
    access: 'signed-in',
    path: '/policies/product-listing-policy',
    otherShop: 'public policy library',
  },
  'GET /rules': { access: 'signed-in', path: '/rules', otherShop: 'public rule index' },

  'GET /review-items': { access: 'reviewer', path: '/review-items', otherShop: 'reviewers only' },
  'GET /review-items/:id': {
    access: 'reviewer',
    path: '/review-items/rev-cmp-vt-01',
    otherShop: 'reviewers only',
  },
  'POST /review-items/:id/decisions': {
    access: 'reviewer',
    path: '/review-items/rev-cmp-vt-01/decisions',
    sends: 'json',
    body: () => ({ action: 'reject_complaint', reason: 'The photos show a different watch.' }),
    otherShop: 'reviewers only',
  },
  'POST /review-items/decisions': {
    access: 'reviewer',
    path: '/review-items/decisions',
    sends: 'json',
    body: () => ({ ids: ['rev-report-1'], action: 'approve', reason: 'Checked: nothing wrong.' }),
    otherShop: 'reviewers only',
  },

  'GET /notifications': {
    access: 'signed-in',
    path: '/notifications',
    otherShop: 'always the caller\u2019s own inbox, with no way to name another',
  },
  'PATCH /notifications/:id': {
    access: 'signed-in',
    as: 'seller-at-risk',
    path: '/notifications/:own',
    sends: 'json',
    body: () => ({ read: true }),
    otherShop: {
      path: '/notifications/:at-risk',
      body: () => ({ read: true }),
      status: 404,
      untouched: (db) => db.find('notifications', (n) => n.accountId === 'seller-at-risk'),
    },
  },
  'POST /notifications/read-all': {
    access: 'signed-in',
    path: '/notifications/read-all',
    sends: 'nothing',
    // Marks the caller's own inbox only.
    otherShop: {
      path: '/notifications/read-all',
      status: 200,
      untouched: (db) => db.find('notifications', (n) => n.accountId === 'seller-at-risk'),
    },
  },

  'POST /demo/reset': {
    access: 'public',
    path: '/demo/reset',
    sends: 'nothing',
    otherShop: 'resets the demo kept in this browser, for whoever uses it',
  },
};

const CASES = Object.entries(ENDPOINTS).map(([key, value]) => {
  const [method = '', route = ''] = key.split(' ');
  return { key, method, route, ...value };
});
const WRITES = CASES.filter((c) => c.method !== 'GET' && c.access !== 'closed');

beforeAll(() => void cachedSeed({ seed: DEFAULT_SEED, anchor: TEST_NOW }), 30_000);

let api: TestApi;
/** Everything a request sent to storage: rows and files. Refused requests must leave this empty. */
let stored: unknown[];

async function start() {
  const storage = createMemoryStorage();
  api = await startTestApi({ storage });
  const writeChanges = storage.writeChanges.bind(storage);
  const writeFile = storage.writeFile.bind(storage);
  storage.writeChanges = async (changes) => {
    stored.push(...changes);
    await writeChanges(changes);
  };
  storage.writeFile = async (id, file) => {
    stored.push(id);
    await writeFile(id, file);
  };
  stored = [];
}
afterEach(() => api.close());

/** Fills in ids the seed only knows at run time. */
function concrete(path: string, db: Db): string {
  return path
    .replace(':own', notificationOf(db, 'seller-at-risk'))
    .replace(':at-risk', notificationOf(db, 'seller-at-risk'));
}

async function call(
  c: { method: string; path: string; body?: Body },
  as: string | undefined,
  override?: { body?: BodyInit; path?: string },
) {
  const db = api.backend.ctx.db();
  const value = c.body?.(db);
  const body =
    override?.body ??
    (value === undefined ? undefined : value instanceof FormData ? value : JSON.stringify(value));
  const response = await api.raw(concrete(override?.path ?? c.path, db), { method: c.method, as, body });
  const text = await response.text();
  let json: { message?: string; fieldErrors?: Record<string, string[]> } = {};
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    // a file, for the download endpoint
  }
  return { status: response.status, message: json.message ?? '', fieldErrors: json.fieldErrors, json };
}

const callerOf = (c: (typeof CASES)[number]) =>
  c.as ?? (c.access === 'reviewer' ? 'reviewer' : 'seller-good');

describe('the endpoint table', () => {
  it('names every registered endpoint, and nothing else', async () => {
    await start();
    const registered = api.backend.handlers
      .map((h) => (h as RequestHandler & { info: { method: unknown; path: unknown } }).info)
      .filter((info) => typeof info.path === 'string' && info.path !== '*/api/*')
      .map((info) => `${String(info.method)} ${String(info.path).replace('*/api', '')}`);
    expect(registered.length).toBeGreaterThan(40);
    expect([...registered].sort()).toEqual(Object.keys(ENDPOINTS).sort());
  });
});

describe.each(CASES.filter((c) => c.access !== 'closed'))('$key', (c) => {
  it('answers the caller it is for', async () => {
    await start();
    const result = await call(c, c.access === 'public' ? undefined : callerOf(c));
    expect(result.status, JSON.stringify(result.json)).toBeGreaterThanOrEqual(200);
    expect(result.status).toBeLessThan(300);
  });

  if (c.access !== 'public') {
    it('answers 401 to a caller who is not signed in, and changes nothing', async () => {
      await start();
      const result = await call(c, undefined);
      expect(result).toMatchObject({ status: 401, message: expect.stringMatching(/sign in/i) });
      expect(stored).toEqual([]);
    });
  }

  if (c.access === 'reviewer') {
    it('answers 403 to a seller, and changes nothing', async () => {
      await start();
      const result = await call(c, 'seller-at-risk');
      expect(result).toMatchObject({ status: 403, message: expect.stringMatching(/reviewer/i) });
      expect(stored).toEqual([]);
    });
  }

  if (c.access === 'seller') {
    it('answers 403 to the reviewer, and changes nothing', async () => {
      await start();
      const result = await call(c, 'reviewer');
      expect(result).toMatchObject({ status: 403, message: expect.stringMatching(/seller/i) });
      expect(stored).toEqual([]);
    });
  }

  const other = c.otherShop;
  if (typeof other !== 'string') {
    it(`keeps another shop\u2019s records from a seller (${other.status})`, async () => {
      await start();
      const before = JSON.stringify(other.untouched(api.backend.ctx.db()));
      const result = await call({ method: c.method, path: other.path, body: other.body }, 'seller-good');
      expect(result.status, JSON.stringify(result.json)).toBe(other.status);
      if (other.status !== 200) expect(result.message).not.toBe('');
      if (other.field) expect(Object.keys(result.fieldErrors ?? {})).toEqual([other.field]);
      expect(JSON.stringify(other.untouched(api.backend.ctx.db()))).toBe(before);
      expect(JSON.stringify(result.json)).not.toContain(AT_RISK);
      if (c.method !== 'GET' && other.status !== 200) expect(stored).toEqual([]);
    });
  }
});

describe.each(WRITES)('$key refuses a malformed request', (c) => {
  const as = c.access === 'public' ? 'seller-good' : callerOf(c);

  it('names a field that is not part of the request (422), and changes nothing', async () => {
    await start();
    const db = api.backend.ctx.db();
    const body =
      c.sends === 'multipart'
        ? upload({ ...METADATA, surprise: true })
        : JSON.stringify({ ...(c.body?.(db) as object | undefined), surprise: true });
    const result = await call(c, as, { body });
    expect(result.status).toBe(422);
    expect(result.message).not.toBe('');
    expect(result.fieldErrors).toMatchObject({
      surprise: [expect.stringMatching(/not part of the request/)],
    });
    expect(stored).toEqual([]);
  });

  it('answers 413 with a message to an oversized body, and changes nothing', async () => {
    await start();
    const body =
      c.sends === 'multipart'
        ? upload(METADATA, Uint8Array.from([...PDF, ...new Uint8Array(5 * 1024 * 1024)]))
        : JSON.stringify({ padding: 'x'.repeat(MAX_BODY_BYTES) });
    const result = await call(c, as, { body });
    expect(result.status).toBe(413);
    expect(result.message).toMatch(/larger than/);
    expect(stored).toEqual([]);
  });

  it('answers 400 with a message to a body it cannot read, and changes nothing', async () => {
    await start();
    const result = await call(c, as, { body: '{"not": json' });
    expect(result.status).toBe(400);
    expect(result.message).toMatch(c.sends === 'multipart' ? /multipart\/form-data/ : /not valid JSON/);
    expect(stored).toEqual([]);
  });

  if (c.sends === 'multipart') {
    it('names a form part that is not part of the request, and reads the metadata as JSON', async () => {
      await start();
      const extra = await call(c, as, { body: upload(METADATA, PDF, ['sellerId', AT_RISK]) });
      expect(extra.status).toBe(422);
      expect(extra.fieldErrors).toMatchObject({
        sellerId: [expect.stringMatching(/not part of the request/)],
      });
      const garbled = await call(c, as, { body: upload('{"brands": [') });
      expect(garbled).toMatchObject({ status: 400, message: expect.stringMatching(/not valid JSON/) });
      expect(stored).toEqual([]);
    });
  }
});

describe.each(CASES.filter((c) => c.access === 'closed'))('$key', (c) => {
  it.each([undefined, 'seller-at-risk', 'reviewer'])('answers 405 to %s and changes nothing', async (as) => {
    await start();
    const before = api.backend.ctx.db().count('auditEvents');
    const result = await call({ ...c, body: () => ({ summary: 'Rewritten' }) }, as);
    expect(result).toMatchObject({ status: 405, message: expect.stringMatching(/cannot be changed/) });
    expect(api.backend.ctx.db().count('auditEvents')).toBe(before);
    expect(stored).toEqual([]);
  });
});
