import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { NotificationList } from '@/shared/api/schemas';
import { cachedSeed, startTestApi, TEST_NOW } from '../test-support';
import { openDemoDatabase, SCHEMA_VERSION } from './database';
import { createMemoryStorage, openIndexedDbStorage } from './storage';

describe('demo database persistence', () => {
  it('keeps a change across a restart and forgets it after a reset', async () => {
    const storage = createMemoryStorage();
    const first = await startTestApi({ storage });
    first.signInAs('seller-at-risk');
    const before = await first.client.request('/notifications', { schema: NotificationList });
    const unread = before.items.find((n) => n.readAt === null);
    expect(unread).toBeDefined();
    await first.raw(`/notifications/${unread?.id}`, {
      method: 'PATCH',
      as: 'seller-at-risk',
      body: JSON.stringify({ read: true }),
    });
    first.close();

    const second = await startTestApi({ storage });
    second.signInAs('seller-at-risk');
    const after = await second.client.request('/notifications', { schema: NotificationList });
    expect(after.unread).toBe(before.unread - 1);
    expect(after.items.find((n) => n.id === unread?.id)?.readAt).not.toBeNull();

    expect((await second.raw('/demo/reset', { method: 'POST' })).status).toBe(201);
    const reset = await second.client.request('/notifications', { schema: NotificationList });
    expect(reset.unread).toBe(before.unread);
    second.close();

    const third = await startTestApi({ storage });
    third.signInAs('seller-at-risk');
    expect((await third.client.request('/notifications', { schema: NotificationList })).unread).toBe(
      before.unread,
    );
    third.close();
  });

  it('starts fresh, with a notice, when the stored meta is damaged', async () => {
    const storage = createMemoryStorage();
    await storage.writeMeta({ schemaVersion: 'one', seed: null });
    const opened = await openDemoDatabase(storage, cachedSeed, TEST_NOW);
    expect(opened.notice).toBe('damaged');
    expect(opened.db.count('accounts')).toBe(4);
    expect(storage.dump().meta).toMatchObject({ schemaVersion: SCHEMA_VERSION });
  });

  it('starts fresh, with a notice, when a stored row fails its schema', async () => {
    const storage = createMemoryStorage();
    await openDemoDatabase(storage, cachedSeed, TEST_NOW);
    await storage.writeChanges([
      { collection: 'listings', id: 'lst-vt-00001', row: { id: 'lst-vt-00001', title: 42 } as never },
    ]);
    const opened = await openDemoDatabase(storage, cachedSeed, TEST_NOW);
    expect(opened.notice).toBe('damaged-changes');
    expect(opened.db.get('listings', 'lst-vt-00001')?.title).toEqual(expect.any(String));
    expect(storage.dump().changes).toEqual([]);
  });

  it('starts fresh, with a notice, when the data comes from an older version', async () => {
    const storage = createMemoryStorage();
    await storage.writeMeta({ schemaVersion: SCHEMA_VERSION - 1, seed: 1, anchor: TEST_NOW.toISOString() });
    const opened = await openDemoDatabase(storage, cachedSeed, TEST_NOW);
    expect(opened.notice).toBe('outdated');
  });

  it('stores changes in IndexedDB and reads them back', async () => {
    const storage = await openIndexedDbStorage(`test-${Math.random()}`);
    const opened = await openDemoDatabase(storage, cachedSeed, TEST_NOW);
    expect(opened.notice).toBeNull();
    const listing = opened.db.get('listings', 'lst-mt-00001');
    if (!listing) throw new Error('seed lacks lst-mt-00001');
    opened.db.put('listings', { ...listing, title: 'Renamed in IndexedDB', version: listing.version + 1 });
    await storage.writeChanges(opened.db.takeChanges());

    const reopened = await openDemoDatabase(storage, cachedSeed, TEST_NOW);
    expect(reopened.db.get('listings', 'lst-mt-00001')?.title).toBe('Renamed in IndexedDB');
    expect(reopened.meta.anchor).toBe(TEST_NOW.toISOString());
  });
});
