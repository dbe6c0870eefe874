import { http } from 'msw';
import type { MockContext } from './context';
import { openDemoDatabase, resetDemoDatabase, type DemoDatabase, type SeedFactory } from './db/database';
import type { Change } from './db/db';
import type { DemoStorage } from './db/storage';
import type { DemoConfig } from './demo-config';
import { createHandlers } from './handlers';
import { problemResponse } from './http';
import { createSeed } from './seed';

export interface MockBackendOptions {
  storage: DemoStorage;
  config: () => DemoConfig;
  now?: () => Date;
  makeSeed?: SeedFactory;
  /** Called with what a request changed once it is stored, so other tabs can follow. */
  onSaved?: (changes: Change[]) => void;
  /** Called after a reset, for the same reason. */
  onReset?: () => void;
}

/** The mocked backend without a transport: the same handlers serve the browser worker and the unit tests. */
export async function createMockBackend(options: MockBackendOptions) {
  const now = options.now ?? (() => new Date());
  const makeSeed = options.makeSeed ?? createSeed;
  let current: DemoDatabase = await openDemoDatabase(options.storage, makeSeed, now());

  const ctx: MockContext = {
    db: () => current.db,
    now,
    config: options.config,
    async save() {
      // Taken synchronously, so a failure here never drops another request's changes.
      const db = current.db;
      const changes = db.takeChanges();
      try {
        await options.storage.writeChanges(changes);
      } catch (error) {
        db.revert(changes);
        throw error;
      }
      options.onSaved?.(changes.map(({ collection, id, row }) => ({ collection, id, row }) as Change));
    },
    async reset() {
      current = await resetDemoDatabase(options.storage, makeSeed, now());
      options.onReset?.();
    },
    files: {
      async read(id) {
        const stored: unknown = await options.storage.readFile(id);
        if (typeof stored !== 'object' || stored === null) return undefined;
        const { type, bytes } = stored as Record<string, unknown>;
        return typeof type === 'string' && bytes instanceof ArrayBuffer ? { type, bytes } : undefined;
      },
      write: (id, file) => options.storage.writeFile(id, file),
    },
  };

  const unknownEndpoint = http.all('*/api/*', ({ request }) =>
    problemResponse({
      status: 404,
      code: 'not_found',
      message: `There is no ${request.method} ${new URL(request.url).pathname} endpoint.`,
    }),
  );

  return {
    ctx,
    handlers: [...createHandlers(ctx), unknownEndpoint],
    notice: current.notice,
    /** Another tab stored these changes: take them in, so this tab's answers (and version checks) agree. */
    applyRemote(changes: Change[]) {
      current.db.apply(changes);
    },
    /** Another tab reset the demo: start again from what storage holds now. */
    async reload() {
      current = await openDemoDatabase(options.storage, makeSeed, now());
    },
  };
}
export type MockBackend = Awaited<ReturnType<typeof createMockBackend>>;
