import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { PageHeader } from '@/shared/ui/page-header';
import { policiesQuery } from './queries';

export function PoliciesPage() {
  const { data: policies } = useSuspenseQuery(policiesQuery());
  const topics = [...new Set(policies.map((p) => p.topic))];
  return (
    <>
      <PageHeader
        title="Policies"
        description="The marketplace's rules explained in plain words, with the clauses that findings, penalties and complaints cite."
      />
      <div className="space-y-6">
        {topics.map((topic) => (
          <section key={topic} aria-labelledby={`topic-${topic}`}>
            <h2 id={`topic-${topic}`} className="mb-2 text-lg font-semibold">
              {topic}
            </h2>
            <ul className="grid gap-3 md:grid-cols-2">
              {policies
                .filter((p) => p.topic === topic)
                .map((policy) => (
                  <li key={policy.slug} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
                    <Link className="link" to={`/policies/${policy.slug}`}>
                      {policy.title}
                    </Link>
                    <p className="mt-1 text-sm text-slate-700">{policy.summary}</p>
                    <p className="mt-1 text-xs text-slate-700">{policy.clauseCount} clauses</p>
                  </li>
                ))}
            </ul>
          </section>
        ))}
      </div>
    </>
  );
}
