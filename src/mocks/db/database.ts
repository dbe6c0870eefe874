import { z } from 'zod/mini';
import { COLLECTIONS, isCollectionName, type SeedData } from './collections';
import { Db, type Change } from './db';
import type { DemoStorage } from './storage';

/**
 * Bump when the shape of stored rows changes: older stored data is then reset with a notice.
 * 4: a listing's stored check says what the listing sells, and each finding its confidence and basis.
 */
export const SCHEMA_VERSION = 4;
export const DEFAULT_SEED = 20_191_004;

const StoredMeta = z.object({
  schemaVersion: z.number(),
  seed: z.number().check(z.int()),
  anchor: z.iso.datetime({ offset: true }),
});
type StoredMeta = z.infer<typeof StoredMeta>;

/** Builds the seed, at once (tests) or in slices that leave the page responsive (the browser). */
export type SeedFactory = (options: { seed: number; anchor: Date }) => SeedData | Promise<SeedData>;

/**
 * Why the demo started again from its original data, or could not keep it: the stored data could not be read, was
 * damaged, came from an older version, some stored changes were damaged, or this browser cannot store at all.
 */
export type StorageNotice = 'unreadable' | 'damaged' | 'outdated' | 'damaged-changes' | 'not-stored';

export interface DemoDatabase {
  readonly db: Db;
  readonly meta: StoredMeta;
  /** Set when stored data had to be thrown away; the app shows it once, worded in the interface language. */
  readonly notice: StorageNotice | null;
}

function parseChange(value: unknown): Change | null {
  if (typeof value !== 'object' || value === null) return null;
  const { collection, id, row } = value as Record<string, unknown>;
  if (!isCollectionName(collection) || typeof id !== 'string') return null;
  if (row === null) return { collection, id, row: null };
  const parsed = COLLECTIONS[collection].safeParse(row);
  return parsed.success && parsed.data.id === id ? ({ collection, id, row: parsed.data } as Change) : null;
}

async function fresh(
  storage: DemoStorage,
  makeSeed: SeedFactory,
  now: Date,
  notice: StorageNotice | null,
): Promise<DemoDatabase> {
  await storage.clear();
  const meta: StoredMeta = { schemaVersion: SCHEMA_VERSION, seed: DEFAULT_SEED, anchor: now.toISOString() };
  await storage.writeMeta(meta);
  return { db: new Db(await makeSeed({ seed: meta.seed, anchor: now })), meta, notice };
}

/**
 * Opens the demo database: the deterministic seed for the stored seed and anchor date, with the stored changes
 * applied on top. Data from an older schema, or data that fails validation, is reset, never trusted.
 */
export async function openDemoDatabase(
  storage: DemoStorage,
  makeSeed: SeedFactory,
  now: Date,
): Promise<DemoDatabase> {
  let rawMeta: unknown;
  let rawChanges: unknown[];
  try {
    rawMeta = await storage.readMeta();
    rawChanges = rawMeta === undefined ? [] : await storage.readChanges();
  } catch {
    return fresh(storage, makeSeed, now, 'unreadable');
  }
  if (rawMeta === undefined) return fresh(storage, makeSeed, now, null);

  const meta = StoredMeta.safeParse(rawMeta);
  if (!meta.success) {
    return fresh(storage, makeSeed, now, 'damaged');
  }
  if (meta.data.schemaVersion !== SCHEMA_VERSION) {
    return fresh(storage, makeSeed, now, 'outdated');
  }
  const changes = rawChanges.map(parseChange);
  if (changes.some((change) => change === null)) {
    return fresh(storage, makeSeed, now, 'damaged-changes');
  }
  const db = new Db(await makeSeed({ seed: meta.data.seed, anchor: new Date(meta.data.anchor) }));
  db.apply(changes as Change[]);
  return { db, meta: meta.data, notice: null };
}

/** Throws the stored changes away and starts again from the seed, anchored at `now`. */
export function resetDemoDatabase(
  storage: DemoStorage,
  makeSeed: SeedFactory,
  now: Date,
): Promise<DemoDatabase> {
  return fresh(storage, makeSeed, now, null);
}
