import { openDB, type IDBPDatabase } from 'idb';
import type { Change } from './db';

/** Where the demo's changes live between page loads. Values are `unknown` on read: they are validated. */
export interface DemoStorage {
  readMeta(): Promise<unknown>;
  writeMeta(meta: unknown): Promise<void>;
  readChanges(): Promise<unknown[]>;
  writeChanges(changes: Change[]): Promise<void>;
  clear(): Promise<void>;
}

export const IDB_NAME = 'seller-compliance-demo';
const META_KEY = 'meta';

/** Keeps the demo data in IndexedDB, which holds far more than localStorage (seller-large edits included). */
export async function openIndexedDbStorage(name = IDB_NAME): Promise<DemoStorage> {
  const idb: IDBPDatabase = await openDB(name, 1, {
    upgrade(database) {
      database.createObjectStore('meta');
      database.createObjectStore('changes');
    },
  });
  return {
    readMeta: () => idb.get('meta', META_KEY),
    async writeMeta(meta) {
      await idb.put('meta', meta, META_KEY);
    },
    readChanges: () => idb.getAll('changes'),
    async writeChanges(changes) {
      if (changes.length === 0) return;
      const tx = idb.transaction('changes', 'readwrite');
      await Promise.all([
        ...changes.map(({ collection, id, row }) =>
          tx.store.put({ collection, id, row }, `${collection}/${id}`),
        ),
        tx.done,
      ]);
    },
    async clear() {
      const tx = idb.transaction(['meta', 'changes'], 'readwrite');
      await Promise.all([tx.objectStore('meta').clear(), tx.objectStore('changes').clear(), tx.done]);
    },
  };
}

/** Keeps nothing past the page: for tests, and the fallback when the browser refuses IndexedDB. */
export function createMemoryStorage(): DemoStorage & { dump(): { meta: unknown; changes: unknown[] } } {
  let meta: unknown;
  const changes = new Map<string, unknown>();
  return {
    readMeta: async () => meta,
    writeMeta: async (value) => {
      meta = structuredClone(value);
    },
    readChanges: async () => [...changes.values()].map((value) => structuredClone(value)),
    writeChanges: async (list) => {
      for (const { collection, id, row } of list)
        changes.set(`${collection}/${id}`, structuredClone({ collection, id, row }));
    },
    clear: async () => {
      meta = undefined;
      changes.clear();
    },
    dump: () => ({ meta, changes: [...changes.values()] }),
  };
}
