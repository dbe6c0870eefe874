import type { ReactNode } from 'react';

/** The page's one h1. It takes focus after navigation so screen readers announce the new page. */
export function PageHeader({
  title,
  description,
  actions,
  lang,
}: {
  title: string;
  description?: ReactNode;
  actions?: ReactNode;
  /** The language of the title and description when it is not the interface's (a policy's own English). */
  lang?: string;
}) {
  return (
    <header className="mb-6 flex flex-wrap items-start justify-between gap-4">
      <div className="max-w-3xl" lang={lang}>
        <h1
          id="page-title"
          tabIndex={-1}
          className="text-2xl font-semibold tracking-tight text-slate-900 outline-none"
        >
          {title}
        </h1>
        {description ? <p className="mt-1 text-slate-700">{description}</p> : null}
      </div>
      {actions ? <div className="flex gap-2">{actions}</div> : null}
    </header>
  );
}
