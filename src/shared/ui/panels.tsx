import type { ReactNode } from 'react';
import { isApiError } from '@/shared/api/api-error';
import { uiMessages } from './messages';

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="rounded-lg border border-dashed border-slate-300 bg-white p-8 text-center">
      <p className="font-medium text-slate-900">{title}</p>
      {children ? <div className="mt-1 text-slate-700">{children}</div> : null}
    </div>
  );
}

/** What failed, in words, with a way out. */
export function ErrorPanel({
  error,
  title,
  onRetry,
  children,
}: {
  error: unknown;
  title?: string;
  onRetry?: () => void;
  children?: ReactNode;
}) {
  const m = uiMessages.use();
  const message = isApiError(error) || error instanceof Error ? error.message : m.error.unexpected;
  return (
    <div role="alert" className="rounded-lg border border-red-300 bg-red-50 p-4 text-red-900">
      <p className="font-semibold">{title ?? m.error.title}</p>
      <p className="mt-1">{message}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        {onRetry ? (
          <button type="button" onClick={onRetry} className="btn-primary">
            {m.error.retry}
          </button>
        ) : null}
        {children}
      </div>
    </div>
  );
}

export function Card({
  title,
  children,
  className = '',
}: {
  title?: string;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section
      className={`rounded-lg border border-slate-200 bg-white p-4 shadow-sm ${className}`}
      aria-label={title}
    >
      {title ? <h2 className="mb-3 text-lg font-semibold text-slate-900">{title}</h2> : null}
      {children}
    </section>
  );
}

export function Notice({ children, tone = 'info' }: { children: ReactNode; tone?: 'info' | 'warn' }) {
  const colours =
    tone === 'warn' ? 'border-amber-300 bg-amber-50 text-amber-950' : 'border-sky-300 bg-sky-50 text-sky-950';
  return <div className={`rounded-md border px-4 py-3 ${colours}`}>{children}</div>;
}
