import { useEffect, useRef } from 'react';
import { Link, Outlet, useLocation, useMatches, useNavigation } from 'react-router';
import { hashTarget } from '@/shared/lib/url';
import { ResetDemoButton } from '@/features/demo/reset-demo-button';
import { useAccount } from '../routes/route-context';
import { AccountMenu } from './account-menu';
import { DemoBanner } from './demo-banner';
import { MainNav } from './main-nav';
import { LanguageSwitch } from '@/shared/ui/language-switch';
import { appMessages } from '../messages';
import type { RouteHandle } from '../router';

function usePageTitleAndFocus() {
  const matches = useMatches();
  const { pathname, hash } = useLocation();
  const first = useRef(true);
  const m = appMessages.use();
  const key = [...matches].reverse().find((match) => (match.handle as RouteHandle | undefined)?.title)
    ?.handle as RouteHandle | undefined;
  const title = key ? m.titles[key.title] : null;

  useEffect(() => {
    document.title = title ? `${title} · ${m.product}` : m.product;
  }, [title, m.product]);

  // After client-side navigation, move focus to the new page's heading so it is announced; a link to a part of
  // a page (a policy clause) leaves focus to that page, which moves it to the part.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    if (hash.length > 1 && document.getElementById(hashTarget(hash))) return;
    document.getElementById('page-title')?.focus();
    // Only a new page moves focus: `hash` is read, not watched.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [pathname]);
}

export function AppLayout() {
  const account = useAccount();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle';
  usePageTitleAndFocus();
  const m = appMessages.use();

  return (
    <div className="flex min-h-screen flex-col">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        {m.skipToMain}
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3">
          <Link to="/" className="text-lg font-semibold text-slate-900">
            {m.product}
          </Link>
          <div className="flex flex-wrap items-center gap-4">
            <LanguageSwitch />
            <AccountMenu account={account} />
          </div>
        </div>
        <MainNav account={account} />
        <div className={`h-0.5 ${busy ? 'animate-pulse bg-sky-700' : 'bg-transparent'}`} aria-hidden="true" />
      </header>
      <DemoBanner />
      <main id="main" className="mx-auto w-full max-w-7xl flex-1 px-4 py-6" aria-busy={busy}>
        <Outlet />
      </main>
      <footer className="border-t border-slate-200 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm text-slate-700">
          <p>{m.footer}</p>
          <ResetDemoButton />
        </div>
      </footer>
    </div>
  );
}

export function BootScreen() {
  const m = appMessages.use();
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16" aria-busy="true">
      <h1 className="text-xl font-semibold">{m.booting}</h1>
    </main>
  );
}
