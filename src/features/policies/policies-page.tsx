import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useSearchParam } from '@/shared/lib/use-search-param';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState } from '@/shared/ui/panels';
import { useEnglishContentLang } from '@/shared/ui/content-lang';
import { policiesMessages } from './messages';
import { policiesQuery } from './queries';
import { queryWords, searchPolicies, splitMatches } from './search';

function Marked({ text, words }: { text: string; words: readonly string[] }) {
  return (
    <>
      {splitMatches(text, words).map((run, i) =>
        run.match ? (
          <mark key={i} className="rounded-sm bg-amber-200 text-slate-950">
            {run.text}
          </mark>
        ) : (
          run.text
        ),
      )}
    </>
  );
}

function Matches({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  if (count === 0) return null;
  return (
    <>
      <h3 className="mt-2 text-xs font-semibold uppercase tracking-wide text-slate-700">{title}</h3>
      <ul className="mt-1 space-y-1 text-sm">{children}</ul>
    </>
  );
}

/** An id for a topic's heading: topics have spaces, and an id with spaces names several ids to aria-labelledby. */
function topicId(topic: string): string {
  return `topic-${topic.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

export function PoliciesPage() {
  const m = policiesMessages.use().list;
  // The policies themselves are written in English.
  const lang = useEnglishContentLang();
  const { data: policies } = useSuspenseQuery(policiesQuery());
  // The field answers each key at once; the address follows (without a history entry per key).
  const [query, onSearch] = useSearchParam('q');
  const words = queryWords(query);
  const hits = searchPolicies(policies, query);
  const searching = words.length > 0;
  const topics = [...new Set(hits.map((h) => h.policy.topic))];

  return (
    <>
      <PageHeader
        title={m.title}
        description={m.description}
        actions={
          <Link className="btn-secondary" to="/rules">
            {m.rules}
          </Link>
        }
      />
      <search className="mb-6 block max-w-xl">
        <label className="flex flex-col text-sm font-medium text-slate-800">
          {m.search}
          <span id="policy-search-hint" className="text-xs font-normal text-slate-700">
            {m.hint}
          </span>
          <input
            type="search"
            className="field mt-1"
            value={query}
            maxLength={200}
            aria-describedby="policy-search-hint"
            onChange={(e) => onSearch(e.target.value)}
          />
        </label>
      </search>
      <p role="status" className="mb-4 text-sm text-slate-700">
        {searching ? m.matches(hits.length, query.trim()) : m.count(policies.length)}
      </p>
      {hits.length === 0 ? (
        <EmptyState title={m.none}>
          {m.tryAnother}{' '}
          <button type="button" className="link" onClick={() => onSearch('')}>
            {m.clear}
          </button>
          .
        </EmptyState>
      ) : (
        <div className="space-y-6">
          {topics.map((topic) => (
            <section key={topic} aria-labelledby={topicId(topic)}>
              <h2 id={topicId(topic)} className="mb-2 text-lg font-semibold" lang={lang}>
                {topic}
              </h2>
              <ul className="grid gap-3 md:grid-cols-2">
                {hits
                  .filter((h) => h.policy.topic === topic)
                  .map(({ policy, clauses, examples }) => (
                    <li
                      key={policy.slug}
                      className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
                    >
                      <Link className="link" to={`/policies/${policy.slug}`} lang={lang}>
                        <Marked text={policy.title} words={words} />
                      </Link>
                      <p className="mt-1 text-sm text-slate-700" lang={lang}>
                        <Marked text={policy.summary} words={words} />
                      </p>
                      <p className="mt-1 text-xs text-slate-700">{m.clauses(policy.clauseCount)}</p>
                      {searching ? (
                        <Matches title={m.matchingClauses} count={clauses.length}>
                          {clauses.slice(0, 5).map((c) => (
                            <li key={c.id}>
                              <Link
                                className="link"
                                to={`/policies/${policy.slug}#${encodeURIComponent(c.id)}`}
                                lang={lang}
                              >
                                <Marked text={c.title} words={words} />
                              </Link>
                            </li>
                          ))}
                        </Matches>
                      ) : null}
                      {searching ? (
                        <Matches title={m.matchingExamples} count={examples.length}>
                          {examples.slice(0, 4).map((e) => (
                            <li key={`${e.allowed}-${e.text}`}>
                              <span className={e.allowed ? 'text-emerald-800' : 'text-red-800'}>
                                {e.allowed ? m.allowed : m.notAllowed}
                              </span>
                              <span lang={lang}>
                                <Marked text={e.text} words={words} />
                              </span>
                            </li>
                          ))}
                        </Matches>
                      ) : null}
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </>
  );
}
