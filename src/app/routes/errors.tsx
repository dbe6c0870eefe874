import { isRouteErrorResponse, Link, useRevalidator, useRouteError } from 'react-router';
import { isApiError } from '@/shared/api/api-error';
import { PageHeader } from '@/shared/ui/page-header';
import { ErrorPanel } from '@/shared/ui/panels';

export function NotFoundPage() {
  return (
    <>
      <PageHeader
        title="Page not found"
        description="There is nothing at this address. It may have been mistyped, or the item no longer exists."
      />
      <Link to="/" className="btn-primary">
        Go to your home page
      </Link>
    </>
  );
}

export function NotAllowedPage() {
  return (
    <>
      <PageHeader
        title="Not allowed"
        description="This page belongs to another role: review pages are for compliance reviewers, shop pages for sellers."
      />
      <div className="flex gap-2">
        <Link to="/" className="btn-primary">
          Go to your home page
        </Link>
        <Link to="/sign-in" className="btn-secondary">
          Switch account
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
  if (status === 404) return <NotFoundPage />;
  if (status === 403) return <NotAllowedPage />;
  return (
    <>
      <PageHeader title="This page could not load" />
      <ErrorPanel
        error={error}
        title="The data for this page did not arrive"
        onRetry={() => void revalidator.revalidate()}
      >
        <Link to="/" className="btn-secondary">
          Go to your home page
        </Link>
      </ErrorPanel>
    </>
  );
}

/** Shown when even the shell cannot load (for example the session call failed). */
export function RootError() {
  return (
    <main id="main" className="mx-auto max-w-2xl px-4 py-10">
      <RouteError />
    </main>
  );
}
