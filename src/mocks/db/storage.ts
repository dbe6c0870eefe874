import { openDB, type IDBPDatabase } from 'idb';
import type { Change } from './db';

/** Where the demo's changes live between page loads. Values are `unknown` on read: they are validated. */
export interface DemoStorage {
  readMeta(): Promise<unknown>;
  writeMeta(meta: unknown): Promise<void>;
  readChanges(): Promise<unknown[]>;
  writeChanges(changes: Change[]): Promise<void>;
  /** A stored file's bytes and type (the evidence vault), or undefined. Kept apart from the change log. */
  readFile(id: string): Promise<unknown>;
  writeFile(id: string, file: StoredFile): Promise<void>;
  clear(): Promise<void>;
}

/** An uploaded file as stored: its bytes and the type they were checked to be. */
export interface StoredFile {
  type: string;
  bytes: ArrayBuffer;
}

export const IDB_NAME = 'seller-compliance-demo';
const META_KEY = 'meta';

/** Keeps the demo data in IndexedDB, which holds far more than localStorage (seller-large edits included). */
export async function openIndexedDbStorage(name = IDB_NAME): Promise<DemoStorage> {
  const idb: IDBPDatabase = await openDB(name, 2, {
    upgrade(database, oldVersion) {
      if (oldVersion < 1) {
        database.createObjectStore('meta');
        database.createObjectStore('changes');
      }
      // Version 2: uploaded files, one record per file, so the change log stays small.
      if (oldVersion < 2) database.createObjectStore('files');
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
    readFile: (id) => idb.get('files', id),
    async writeFile(id, file) {
      await idb.put('files', { type: file.type, bytes: file.bytes }, id);
    },
    async clear() {
      const tx = idb.transaction(['meta', 'changes', 'files'], 'readwrite');
      await Promise.all([
        tx.objectStore('meta').clear(),
        tx.objectStore('changes').clear(),
        tx.objectStore('files').clear(),
        tx.done,
      ]);
    },
  };
}

/** Keeps nothing past the page: for tests, and the fallback when the browser refuses IndexedDB. */
export function createMemoryStorage(): DemoStorage & {
  dump(): { meta: unknown; changes: unknown[]; files: string[] };
} {
  let meta: unknown;
  const changes = new Map<string, unknown>();
  const files = new Map<string, StoredFile>();
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
    readFile: async (id) => {
      const file = files.get(id);
      return file ? { type: file.type, bytes: file.bytes.slice(0) } : undefined;
    },
    writeFile: async (id, file) => {
      files.set(id, { type: file.type, bytes: file.bytes.slice(0) });
    },
    clear: async () => {
      meta = undefined;
      changes.clear();
      files.clear();
    },
    dump: () => ({ meta, changes: [...changes.values()], files: [...files.keys()] }),
  };
}
