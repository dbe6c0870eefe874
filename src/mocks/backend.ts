import { http } from 'msw';
import type { MockContext } from './context';
import { openDemoDatabase, resetDemoDatabase, type DemoDatabase, type SeedFactory } from './db/database';
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
      await options.storage.writeChanges(current.db.takeChanges());
    },
    async reset() {
      current = await resetDemoDatabase(options.storage, makeSeed, now());
    },
  };

  const unknownEndpoint = http.all('*/api/*', ({ request }) =>
    problemResponse({
      status: 404,
      code: 'not_found',
      message: `There is no ${request.method} ${new URL(request.url).pathname} endpoint.`,
    }),
  );

  return { ctx, handlers: [...createHandlers(ctx), unknownEndpoint], notice: current.notice };
}
export type MockBackend = Awaited<ReturnType<typeof createMockBackend>>;
