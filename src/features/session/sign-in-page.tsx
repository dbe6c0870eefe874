import { useSuspenseQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/shared/ui/page-header';
import { Notice } from '@/shared/ui/panels';
import { LanguageSwitch } from '@/shared/ui/language-switch';
import { sessionMessages } from './messages';
import { accountsQuery } from './queries';
import { safeNext } from './safe-next';

export function SignInPage() {
  const { data: accounts } = useSuspenseQuery(accountsQuery());
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const unknown = params.get('unknown');
  const m = sessionMessages.use();
  const withAccount = (id: string) => {
    const url = new URL(next, window.location.origin);
    url.searchParams.set('as', id);
    return `${url.pathname}${url.search}${url.hash}`;
  };

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-10">
      <div className="mb-4 flex justify-end">
        <LanguageSwitch />
      </div>
      <PageHeader title={m.title} description={m.description} />
      {unknown !== null ? (
        <div className="mb-4">
          <Notice tone="warn">{m.unknown(unknown)}</Notice>
        </div>
      ) : null}
      <ul className="grid gap-3 sm:grid-cols-2">
        {accounts.map((account) => (
          <li key={account.id}>
            <Link
              to={withAccount(account.id)}
              className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-sky-700 hover:shadow"
            >
              <span className="block font-semibold text-slate-900">
                {account.name} <span className="font-normal text-slate-700">({m.roles[account.role]})</span>
              </span>
              <span className="mt-1 block font-mono text-xs text-slate-700">{account.id}</span>
              <span className="mt-2 block text-sm text-slate-700">{account.description}</span>
            </Link>
          </li>
        ))}
      </ul>
    </main>
  );
}
