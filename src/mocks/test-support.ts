import { setupServer } from 'msw/node';
import { createApiClient } from '@/shared/api/client';
import { createMockBackend } from './backend';
import type { SeedData } from './db/collections';
import { createMemoryStorage, type DemoStorage } from './db/storage';
import { DEFAULT_CONFIG, type DemoConfig } from './demo-config';
import { createSeed } from './seed';

/** A fixed moment for tests: Friday 20 November 2026, 10:00 UTC. */
export const TEST_NOW = new Date('2026-11-20T10:00:00Z');

const seedCache = new Map<string, SeedData>();

/** The seed is pure, and rows are replaced rather than mutated, so tests can share one copy per anchor. */
export function cachedSeed(options: { seed: number; anchor: Date }): SeedData {
  const key = `${options.seed}@${options.anchor.toISOString()}`;
  let data = seedCache.get(key);
  if (!data) {
    data = createSeed(options);
    seedCache.set(key, data);
  }
  return data;
}

/**
 * Runs the mocked API in Node behind msw's request interception, with the app's own API client,
 * so tests exercise the same contract parsing the browser does.
 */
export async function startTestApi(
  options: { storage?: DemoStorage; now?: () => Date; config?: Partial<DemoConfig> } = {},
) {
  const storage = options.storage ?? createMemoryStorage();
  const config: DemoConfig = { ...DEFAULT_CONFIG, latency: 0, ...options.config };
  const backend = await createMockBackend({
    storage,
    config: () => config,
    now: options.now ?? (() => TEST_NOW),
    makeSeed: cachedSeed,
  });
  const server = setupServer(...backend.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  let accountId: string | null = null;
  const client = createApiClient({ baseUrl: 'http://localhost', getAccountId: () => accountId });
  return {
    backend,
    storage,
    config,
    client,
    signInAs(id: string | null) {
      accountId = id;
    },
    /** A raw request, for bodies the typed client would never send. */
    raw(path: string, init: RequestInit & { as?: string } = {}) {
      const headers = new Headers(init.headers);
      if (init.as) headers.set('X-Demo-Account', init.as);
      if (typeof init.body === 'string') headers.set('Content-Type', 'application/json');
      return fetch(`http://localhost/api${path}`, { ...init, headers });
    },
    close() {
      server.close();
    },
  };
}
export type TestApi = Awaited<ReturnType<typeof startTestApi>>;
