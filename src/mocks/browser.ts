import { setupWorker } from 'msw/browser';
import { checkListing } from '@/domain/checker';
import { createMockBackend } from './backend';
import type { Change } from './db/db';
import type { StorageNotice } from './db/database';
import { createMemoryStorage, openIndexedDbStorage, type DemoStorage } from './db/storage';
import knownSeedChecks from 'virtual:known-seed-checks';
import { createSeedInSlices } from './seed';
import { replayingSeedChecker } from './seed/known-checks';
import { formatFailures, rememberDemoConfig, resolveDemoConfig, type DemoConfig } from './demo-config';

export interface MockApiStatus {
  config: DemoConfig;
  /** The failures injected on purpose, as written in `?fail=` (`listings:500,complaints:offline`); '' for none. */
  injectedFailures: string;
  /** Something the user should be told once, e.g. that damaged demo data was reset. */
  notice: StorageNotice | null;
  /** Changes the injected failures for the following calls, without a reload. */
  setFailures(failures: DemoConfig['failures']): void;
  /** Calls back when another tab changed or reset the demo data, so this tab can refetch. */
  onRemoteChange(listener: () => void): void;
}

type TabMessage = { type: 'changes'; changes: Change[] } | { type: 'reset' };

/** Starts the mocked API in this browser tab; the app renders only after it answers. */
export async function startMockApi(): Promise<MockApiStatus> {
  let config = resolveDemoConfig(window.location.search, window.sessionStorage);
  let storage: DemoStorage;
  let storageNotice: StorageNotice | null = null;
  try {
    storage = await openIndexedDbStorage();
  } catch {
    storage = createMemoryStorage();
    storageNotice = 'not-stored';
  }

  // Each tab runs its own copy of the backend over the one store; they tell each other what they wrote.
  const channel =
    typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('seller-compliance-demo');
  const post = (message: TabMessage) => channel?.postMessage(message);
  // The seed's checks were worked out when the app was built: a load reuses them rather than checking every listing.
  const checker = replayingSeedChecker(knownSeedChecks);
  const backend = await createMockBackend({
    storage,
    config: () => config,
    makeSeed: (options) => createSeedInSlices({ ...options, checker }),
    onSaved: (changes) => post({ type: 'changes', changes }),
    onReset: () => post({ type: 'reset' }),
  });
  const listeners = new Set<() => void>();
  channel?.addEventListener('message', (event: MessageEvent<TabMessage>) => {
    void (async () => {
      if (event.data.type === 'changes') backend.applyRemote(event.data.changes);
      else await backend.reload();
      listeners.forEach((listener) => listener());
    })();
  });

  const worker = setupWorker(...backend.handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  // The seed reused the checks worked out at build time, so nothing has compiled the checker's word lists yet: do
  // it once the tab is idle, rather than in the first save that needs a check.
  whenIdle(() => checkListing({ title: 'Ready', description: '' }));
  return {
    config,
    injectedFailures: formatFailures(config.failures),
    notice: backend.notice ?? storageNotice,
    setFailures(failures) {
      config = { ...config, failures };
      rememberDemoConfig(config, window.sessionStorage);
    },
    onRemoteChange(listener) {
      listeners.add(listener);
    },
  };
}

function whenIdle(task: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(task, { timeout: 2_000 });
  else window.setTimeout(task, 200);
}
