import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { isApiError } from '@/shared/api/api-error';
import { PageHeader } from '@/shared/ui/page-header';
import { DemoBanner } from '../layout/demo-banner';
import { ErrorPanel } from '@/shared/ui/panels';
import { appMessages } from '../messages';

export function NotFoundPage() {
  const m = appMessages.use();
  return (
    <>
      <PageHeader title={m.notFound.title} description={m.notFound.description} />
      <Link to="/" className="btn-primary">
        {m.goHome}
      </Link>
    </>
  );
}

export function NotAllowedPage() {
  const m = appMessages.use();
  return (
    <>
      <PageHeader title={m.notAllowed.title} description={m.notAllowed.description} />
      <div className="flex gap-2">
        <Link to="/" className="btn-primary">
          {m.goHome}
        </Link>
        <Link to="/sign-in" className="btn-secondary">
          {m.switchAccount}
        </Link>
      </div>
    </>
  );
}

function statusOf(error: unknown): number | null {
  if (isRouteErrorResponse(error)) return error.status;
  if (isApiError(error)) return error.status;
  return null;
}

/** Shown inside the layout when a page's data fails: not found, not allowed, or a failure with a retry. */
export function RouteError() {
  const error = useRouteError();
  const revalidator = useRevalidator();
  const status = statusOf(error);
  const m = appMessages.use();
  if (status === 404) return <NotFoundPage />;
  if (status === 403) return <NotAllowedPage />;
  return (
    <>
      <PageHeader title={m.routeError.title} />
      <ErrorPanel error={error} title={m.routeError.panel} onRetry={() => void revalidator.revalidate()}>
        <Link to="/" className="btn-secondary">
          {m.goHome}
        </Link>
      </ErrorPanel>
    </>
  );
}

/** Shown when even the shell cannot load (for example the session call failed); injected failures can be turned off here too. */
export function RootError() {
  return (
    <>
      <DemoBanner />
      <main id="main" className="mx-auto max-w-2xl px-4 py-10">
        <RouteError />
      </main>
    </>
  );
}
