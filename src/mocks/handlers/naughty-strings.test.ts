import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  Appeal,
  BrandAuthorisation,
  ComplaintDetail,
  ComplaintResponse,
  Decision,
  Listing,
  ReviewItemDetail,
} from '@/shared/api/schemas';
import { z } from 'zod/mini';
import { DEFAULT_SEED } from '../db/database';
import { cachedSeed, startTestApi, TEST_NOW, type TestApi } from '../test-support';

/**
 * Every string of the Big List of Naughty Strings (MIT, see src/domain/checker/testdata/README.md) goes through
 * every free-text field a person can write: each answer is either a success that stores and returns the text as
 * sent, or a 4xx with a message when the text breaks a documented limit. Never a 500, never altered text.
 */
const BLNS: string[] = JSON.parse(
  readFileSync(new URL('../../domain/checker/testdata/blns.json', import.meta.url), 'utf8'),
) as string[];

/** Each string as it is, and inside a sentence long enough to pass every minimum length. */
const VARIANTS = [
  { name: 'alone', wrap: (s: string) => s },
  { name: 'inside a sentence', wrap: (s: string) => `This text is long enough to be accepted: ${s} (end).` },
] as const;

const SELLER = 'seller-at-risk';
const REVIEWER = 'reviewer';

let api: TestApi;
beforeAll(async () => {
  cachedSeed({ seed: DEFAULT_SEED, anchor: TEST_NOW });
  api = await startTestApi();
}, 30_000);
afterAll(() => api.close());

const db = () => api.backend.ctx.db();
let serial = 0;
const nextId = (prefix: string) => `${prefix}-${(serial++).toString(36)}`;

async function json<T>(path: string, as: string, schema: { parse(value: unknown): T }): Promise<T> {
  const response = await api.raw(path, { as });
  expect(response.status).toBe(200);
  return schema.parse(await response.json());
}

interface Outcome {
  response: Response;
  /** What the API says it stored, read back with a later GET (only asked after a success). */
  stored(): Promise<string | undefined>;
}

interface TextField {
  name: string;
  /** The field's documented limits, in Unicode code points after trimming the ends (when it trims). */
  min: number;
  max: number;
  trims: boolean;
  send(text: string): Promise<Outcome>;
  /** Reads the text back from a success's body. */
  returned(body: unknown): string | undefined;
}

/** Commits rows put straight into the database, so the next request's rollback cannot undo them. */
async function commit() {
  await api.backend.ctx.save();
}

const send = (path: string, method: string, as: string, body: unknown) =>
  api.raw(path, { method, as, body: JSON.stringify(body) });

function listingField(name: 'title' | 'description', min: number, max: number, trims: boolean): TextField {
  const id = 'lst-vt-00002';
  return {
    name: `listing ${name}`,
    min,
    max,
    trims,
    async send(text) {
      const version = db().get('listings', id)!.version;
      const response = await send(`/listings/${id}`, 'PATCH', SELLER, { version, [name]: text });
      return {
        response,
        stored: async () => (await json(`/listings/${id}`, SELLER, Listing))[name],
      };
    },
    returned: (body) => Listing.parse(body)[name],
  };
}

const counterNotice: TextField = {
  name: 'counter-notice statement',
  min: 30,
  max: 10_000,
  trims: true,
  async send(text) {
    const id = nextId('cmp-blns');
    db().put('complaints', { ...db().get('complaints', 'cmp-vt-01')!, id });
    await commit();
    const response = await send(`/complaints/${id}/responses`, 'POST', SELLER, {
      kind: 'counter_notice',
      grounds: ['genuine_goods'],
      statement: text,
    });
    return {
      response,
      stored: async () => (await json(`/complaints/${id}`, SELLER, ComplaintDetail)).responses[0]?.statement,
    };
  },
  returned: (body) => ComplaintResponse.parse(body).statement,
};

/** A fresh penalty the seller can still appeal. */
async function appealablePenalty() {
  const id = nextId('pen-blns');
  db().put('penalties', { ...db().get('penalties', 'pen-vt-08')!, id, appealId: null });
  await commit();
  return id;
}

const storedAppeal = (penaltyId: string) => async () =>
  (await json('/appeals', SELLER, { parse: (v: unknown) => z.array(Appeal).parse(v) })).find(
    (a) => a.penaltyId === penaltyId,
  );

const appealReason: TextField = {
  name: 'appeal reason',
  min: 20,
  max: 5_000,
  trims: true,
  async send(text) {
    const id = await appealablePenalty();
    const response = await send(`/penalties/${id}/appeals`, 'POST', SELLER, { reason: text });
    return { response, stored: async () => (await storedAppeal(id)())?.reason };
  },
  returned: (body) => Appeal.parse(body).reason,
};

const appealDocumentName: TextField = {
  name: 'appeal document name',
  min: 1,
  max: 200,
  trims: true,
  async send(text) {
    const id = await appealablePenalty();
    const response = await send(`/penalties/${id}/appeals`, 'POST', SELLER, {
      reason: 'The item was a training kit, not the prohibited device.',
      documents: [{ kind: 'photo', name: text }],
    });
    return { response, stored: async () => (await storedAppeal(id)())?.documents[0]?.name };
  },
  returned: (body) => Appeal.parse(body).documents[0]?.name,
};

/** A reviewer's reason on a complaint: stored on the decision and as the note in the complaint's history. */
const decisionReason: TextField = {
  name: 'reviewer decision reason',
  min: 5,
  max: 2_000,
  trims: true,
  async send(text) {
    const complaintId = nextId('cmp-blns');
    const itemId = `rev-${complaintId}`;
    db().put('complaints', { ...db().get('complaints', 'cmp-vt-02')!, id: complaintId, listingIds: [] });
    db().put('reviewItems', {
      ...db().get('reviewItems', 'rev-cmp-vt-02')!,
      id: itemId,
      subjectId: complaintId,
    });
    await commit();
    const response = await send(`/review-items/${itemId}/decisions`, 'POST', REVIEWER, {
      action: 'reject_complaint',
      reason: text,
    });
    return {
      response,
      async stored() {
        const detail = await json(`/review-items/${itemId}`, REVIEWER, ReviewItemDetail);
        const complaint = await json(`/complaints/${complaintId}`, SELLER, ComplaintDetail);
        // The seller reads the same note the reviewer wrote.
        expect(complaint.complaint.history.at(-1)?.note).toBe(detail.decisions[0]?.reason);
        return detail.decisions[0]?.reason;
      },
    };
  },
  returned: (body) => Decision.parse(body).reason,
};

const PDF = new TextEncoder().encode('%PDF-1.4\n%%EOF\n');

function vaultField(name: 'issuer' | 'brand'): TextField {
  return {
    name: `vault document ${name}`,
    min: name === 'issuer' ? 2 : 1,
    max: name === 'issuer' ? 200 : 100,
    trims: true,
    async send(text) {
      const body = new FormData();
      body.set(
        'metadata',
        JSON.stringify({
          brands: name === 'brand' ? [text] : ['Casio'],
          documentType: 'authorisation_letter',
          issuer: name === 'issuer' ? text : 'Casio Europe GmbH',
          issuedAt: '2026-10-01T00:00:00Z',
          validUntil: '2027-10-01T00:00:00Z',
        }),
      );
      body.set('file', new Blob([PDF], { type: 'application/pdf' }), 'letter.pdf');
      const response = await api.raw('/authorisations', { method: 'POST', as: SELLER, body });
      const read = (document: BrandAuthorisation) =>
        name === 'issuer' ? document.issuer : document.brands[0];
      return {
        response: response,
        async stored() {
          const { id } = BrandAuthorisation.parse(await response.clone().json());
          return read(await json(`/authorisations/${id}`, SELLER, BrandAuthorisation));
        },
      };
    },
    returned: (body) => {
      const document = BrandAuthorisation.parse(body);
      return name === 'issuer' ? document.issuer : document.brands[0];
    },
  };
}

const FIELDS: TextField[] = [
  listingField('title', 3, 200, true),
  listingField('description', 0, 20_000, false),
  counterNotice,
  appealReason,
  appealDocumentName,
  decisionReason,
  vaultField('issuer'),
  vaultField('brand'),
];

describe.each(FIELDS)('the $name', (field) => {
  it.each(VARIANTS)(
    'stores every naughty string $name as sent, or refuses it with a message',
    async ({ wrap }) => {
      const problems: string[] = [];
      let stored = 0;
      let refused = 0;
      for (const original of BLNS) {
        const text = wrap(original);
        const expected = field.trims ? text.trim() : text;
        const length = [...expected].length;
        const fits = length >= field.min && length <= field.max;
        const { response, stored: readBack } = await field.send(text);
        const body: unknown = await response.clone().json();
        const label = `${JSON.stringify(text).slice(0, 80)} -> ${response.status}`;
        if (fits) {
          if (response.status !== 200 && response.status !== 201) {
            problems.push(`${label}: refused text within the limits (${JSON.stringify(body)})`);
            continue;
          }
          if (field.returned(body) !== expected) problems.push(`${label}: the answer altered the text`);
          else if ((await readBack()) !== expected) problems.push(`${label}: the stored text differs`);
          stored++;
        } else {
          const problem = body as { message?: string; fieldErrors?: Record<string, string[]> };
          if (response.status !== 422 || !problem.message || !problem.fieldErrors)
            problems.push(`${label}: expected a 422 with a message (${JSON.stringify(body)})`);
          refused++;
        }
      }
      expect(problems).toEqual([]);
      expect(stored + refused).toBe(BLNS.length);
      expect(stored).toBeGreaterThan(0);
    },
    120_000,
  );
});
