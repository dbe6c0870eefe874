import { useSuspenseQuery } from '@tanstack/react-query';
import { useLocation } from 'react-router';
import { PageHeader } from '@/shared/ui/page-header';
import { policyQuery } from './queries';

/** The clause a link points at; a malformed hash points at nothing rather than breaking the page. */
function clauseFromHash(hash: string): string {
  try {
    return decodeURIComponent(hash.slice(1));
  } catch {
    return '';
  }
}

export function PolicyPage({ slug }: { slug: string }) {
  const { data: policy } = useSuspenseQuery(policyQuery(slug));
  const { hash } = useLocation();
  const target = clauseFromHash(hash);
  return (
    <>
      <PageHeader title={policy.title} description={policy.summary} />
      <p className="mb-4 text-sm text-slate-700">Source: {policy.source}</p>
      <ol className="space-y-3">
        {policy.clauses.map((clause) => (
          <li
            key={clause.id}
            id={clause.id}
            className={`scroll-mt-20 rounded-lg border bg-white p-4 ${clause.id === target ? 'border-amber-500 ring-2 ring-amber-300' : 'border-slate-200'}`}
          >
            <h2 className="font-semibold">
              <span className="mr-2 font-mono text-sm text-slate-700">{clause.id}</span>
              {clause.title}
              {clause.id === target ? (
                <span className="sr-only"> (the clause you followed a link to)</span>
              ) : null}
            </h2>
            <p className="mt-1 text-slate-800">{clause.explanation}</p>
          </li>
        ))}
      </ol>
    </>
  );
}
