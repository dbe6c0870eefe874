import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '@/shared/api/schemas';
import { z } from 'zod';
import { AppendOnlyError } from '../db/db';
import { startTestApi, type TestApi } from '../test-support';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

async function events(query: string) {
  const response = await api.raw(`/audit-events${query}`, { as: 'reviewer' });
  expect(response.status, query).toBe(200);
  return z.array(AuditEvent).parse(await response.json());
}

async function problem(path: string, init: RequestInit & { as?: string } = {}) {
  const response = await api.raw(path, { as: 'reviewer', ...init });
  return {
    status: response.status,
    allow: response.headers.get('Allow'),
    body: (await response.json()) as { message: string; fieldErrors?: Record<string, string[]> },
  };
}

describe('the audit log API', () => {
  it('lists every entry newest first', async () => {
    const all = await events('');
    expect(all.length).toBe(api.backend.ctx.db().count('auditEvents'));
    expect(all.map((e) => e.at)).toEqual(
      all
        .map((e) => e.at)
        .sort()
        .reverse(),
    );
  });

  it('filters by action family, actor, subject type and text', async () => {
    const decisions = await events('?action=decision');
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.every((e) => e.action.startsWith('decision.'))).toBe(true);
    const complaints = await events('?action=complaint');
    expect(complaints.length).toBeGreaterThan(0);
    expect(complaints.every((e) => e.action.startsWith('complaint.'))).toBe(true);

    const ilya = await events('?actor=ilya');
    expect(ilya.length).toBeGreaterThan(0);
    expect(new Set(ilya.map((e) => e.actor.name))).toEqual(new Set(['Ilya Morozov']));
    expect((await events('?actor=reviewer')).every((e) => e.actor.id === 'reviewer')).toBe(true);

    const listings = await events('?subjectType=listing&action=decision');
    expect(listings.every((e) => e.subject.type === 'listing')).toBe(true);
    expect((await events('?subjectType=listing&action=complaint')).length).toBe(0);

    // The free text also reads the snapshot of the text decided on.
    const found = await events('?q=lock%20pick');
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((e) => `${e.summary} ${e.snapshot}`.toLowerCase().includes('lock pick'))).toBe(true);
  });

  it('keeps whole UTC days, both ends included', async () => {
    const all = await events('');
    const day = all[Math.floor(all.length / 2)]?.at.slice(0, 10) ?? '';
    const sameDay = await events(`?from=${day}&to=${day}`);
    expect(sameDay.length).toBeGreaterThan(0);
    expect(sameDay.every((e) => e.at.slice(0, 10) === day)).toBe(true);
    expect(sameDay.length).toBe(all.filter((e) => e.at.slice(0, 10) === day).length);
    const since = await events(`?from=${day}`);
    expect(since.every((e) => e.at.slice(0, 10) >= day)).toBe(true);
    expect(since.length).toBe(all.filter((e) => e.at.slice(0, 10) >= day).length);
  });

  it('answers 400 for dates that are not real days, reversed ranges and unknown action families', async () => {
    for (const query of [
      '?from=yesterday',
      '?from=2026-02-31',
      '?to=2026-13-01',
      '?from=2026-11-20&to=2026-11-01',
      '?action=penalty',
    ]) {
      const answer = await problem(`/audit-events${query}`);
      expect(answer.status, query).toBe(400);
      expect(Object.keys(answer.body.fieldErrors ?? {}).length, query).toBeGreaterThan(0);
    }
  });

  it('is for reviewers only', async () => {
    expect((await problem('/audit-events', { as: 'seller-at-risk' })).status).toBe(403);
  });
});

describe('the audit log cannot be changed', () => {
  const id = 'aud-dec-lst-vt-00028';

  it.each(['PUT', 'PATCH', 'DELETE', 'POST'])(
    'answers 405 to %s, for the log and for an entry',
    async (method) => {
      for (const path of ['/audit-events', `/audit-events/${id}`]) {
        for (const as of ['reviewer', 'seller-at-risk']) {
          const answer = await problem(path, { method, as, body: JSON.stringify({ summary: 'rewritten' }) });
          expect(answer.status, `${method} ${path}`).toBe(405);
          expect(answer.allow).toBe('GET');
          expect(answer.body.message).toMatch(/cannot be changed.*never edited or deleted/);
        }
      }
      const entry = api.backend.ctx.db().get('auditEvents', id);
      expect(entry?.summary).not.toBe('rewritten');
    },
  );

  it('refuses, in the database itself, to replace or remove an entry', () => {
    const db = api.backend.ctx.db();
    const entry = db.get('auditEvents', id);
    expect(entry).toBeDefined();
    if (!entry) return;
    expect(() => db.put('auditEvents', { ...entry, summary: 'rewritten' })).toThrow(AppendOnlyError);
    expect(() => db.remove('auditEvents', id)).toThrow(AppendOnlyError);
    expect(db.get('auditEvents', id)).toEqual(entry);
    db.rollback();
  });
});
