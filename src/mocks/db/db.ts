import { APPEND_ONLY, COLLECTION_NAMES, type CollectionName, type Row, type SeedData } from './collections';

/** One changed row: the new value, or null when the row was removed. */
export interface Change<C extends CollectionName = CollectionName> {
  collection: C;
  id: string;
  row: Row<C> | null;
}

/** A change not yet stored, with the row as it was before, so it can be undone. */
export interface PendingChange extends Change {
  previous: Row<CollectionName> | null;
}

/** Thrown when code tries to change or remove a row of an append-only collection (the audit log). */
export class AppendOnlyError extends Error {
  constructor(collection: CollectionName, id: string) {
    super(`${collection} is append-only: ${id} cannot be replaced or removed.`);
  }
}

type Tables = { [C in CollectionName]: Map<string, Row<C>> };

/**
 * The mocked backend's database: plain typed maps, built from the seed, with a record of what changed
 * since the last save so that only the changes are persisted.
 */
export class Db {
  private readonly tables: Tables;
  private readonly pending = new Map<string, PendingChange>();

  constructor(seed: SeedData) {
    const tables = {} as Record<CollectionName, Map<string, unknown>>;
    for (const name of COLLECTION_NAMES) {
      tables[name] = new Map(seed[name].map((row) => [row.id, row]));
    }
    this.tables = tables as Tables;
  }

  get<C extends CollectionName>(collection: C, id: string): Row<C> | undefined {
    return this.tables[collection].get(id);
  }

  all<C extends CollectionName>(collection: C): Row<C>[] {
    return [...this.tables[collection].values()];
  }

  find<C extends CollectionName>(collection: C, predicate: (row: Row<C>) => boolean): Row<C>[] {
    const found: Row<C>[] = [];
    for (const row of this.tables[collection].values()) if (predicate(row)) found.push(row);
    return found;
  }

  count<C extends CollectionName>(collection: C, predicate?: (row: Row<C>) => boolean): number {
    if (!predicate) return this.tables[collection].size;
    let n = 0;
    for (const row of this.tables[collection].values()) if (predicate(row)) n++;
    return n;
  }

  put<C extends CollectionName>(collection: C, row: Row<C>): Row<C> {
    if (APPEND_ONLY.has(collection) && this.tables[collection].has(row.id)) {
      throw new AppendOnlyError(collection, row.id);
    }
    this.track(collection, row.id, row);
    this.tables[collection].set(row.id, row);
    return row;
  }

  remove(collection: CollectionName, id: string): void {
    if (APPEND_ONLY.has(collection)) throw new AppendOnlyError(collection, id);
    this.track(collection, id, null);
    this.tables[collection].delete(id);
  }

  private track(collection: CollectionName, id: string, row: Row<CollectionName> | null): void {
    const key = `${collection}/${id}`;
    const previous = this.pending.has(key)
      ? (this.pending.get(key)?.previous ?? null)
      : (this.get(collection, id) ?? null);
    this.pending.set(key, { collection, id, row, previous } as PendingChange);
  }

  /** Applies stored changes without marking them pending again (used when loading). */
  apply(changes: Iterable<Change>): void {
    for (const change of changes) {
      const table = this.tables[change.collection] as Map<string, unknown>;
      if (change.row === null) table.delete(change.id);
      else table.set(change.id, change.row);
    }
  }

  /** Hands over the changes made since the last call. */
  takeChanges(): PendingChange[] {
    const changes = [...this.pending.values()];
    this.pending.clear();
    return changes;
  }

  /** Puts rows back as they were before these changes (a save failed, or a request failed half-way). */
  revert(changes: readonly PendingChange[]): void {
    this.apply(changes.map(({ collection, id, previous }) => ({ collection, id, row: previous }) as Change));
  }

  /** Undoes everything not yet taken. */
  rollback(): void {
    this.revert(this.takeChanges());
  }
}
