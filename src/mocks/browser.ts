import { setupWorker } from 'msw/browser';
import { createMockBackend } from './backend';
import { createMemoryStorage, openIndexedDbStorage, type DemoStorage } from './db/storage';
import { rememberDemoConfig, resolveDemoConfig, type DemoConfig } from './demo-config';

export interface MockApiStatus {
  config: DemoConfig;
  /** Something the user should be told once, e.g. that damaged demo data was reset. */
  notice: string | null;
  /** Changes the injected failures for the following calls, without a reload. */
  setFailures(failures: DemoConfig['failures']): void;
}

/** Starts the mocked API in this browser tab; the app renders only after it answers. */
export async function startMockApi(): Promise<MockApiStatus> {
  let config = resolveDemoConfig(window.location.search, window.sessionStorage);
  let storage: DemoStorage;
  let storageNotice: string | null = null;
  try {
    storage = await openIndexedDbStorage();
  } catch {
    storage = createMemoryStorage();
    storageNotice =
      'This browser does not let the demo save its data: changes last until you reload the page.';
  }
  const backend = await createMockBackend({ storage, config: () => config });
  const worker = setupWorker(...backend.handlers);
  await worker.start({
    onUnhandledRequest: 'bypass',
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
  return {
    config,
    notice: backend.notice ?? storageNotice,
    setFailures(failures) {
      config = { ...config, failures };
      rememberDemoConfig(config, window.sessionStorage);
    },
  };
}
