import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { DemoStatusProvider } from './app/demo-status';
import { createQueryClient } from './app/query-client';
import { createAppRouter } from './app/router';
import { setRequestTimeout } from './shared/api/api';
import { onAccountChangedElsewhere } from './shared/api/identity';
import { followOtherTabs, syncDocumentLanguage } from './shared/i18n/locale';
import { appMessages } from './app/messages';
import './index.css';

async function boot() {
  syncDocumentLanguage();
  followOtherTabs();
  const root = createRoot(document.getElementById('root') as HTMLElement);
  try {
    // The mocked API must answer before the router's first loaders run.
    // Loaded as its own chunk, so the app's code is measured and cached apart from the mock layer.
    const { startMockApi } = await import('./mocks/browser');
    const status = await startMockApi();
    if (status.config.timeout !== undefined) setRequestTimeout(status.config.timeout);
    const queryClient = createQueryClient();
    const router = createAppRouter(queryClient);
    // Another tab changed the demo data: refetch what this tab shows.
    status.onRemoteChange(() => void queryClient.invalidateQueries({ refetchType: 'all' }));
    // Another tab signed in as someone else: this tab's pages and cache belong to the old account.
    onAccountChangedElsewhere(() => window.location.reload());
    root.render(
      <StrictMode>
        <DemoStatusProvider status={status}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </DemoStatusProvider>
      </StrictMode>,
    );
  } catch (error) {
    console.error(error);
    const m = appMessages.get();
    root.render(
      <main className="p-8">
        <h1 className="text-xl font-semibold">{m.cannotStart.title}</h1>
        <p>{m.cannotStart.body}</p>
      </main>,
    );
  }
}

void boot();
