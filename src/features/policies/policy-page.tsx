import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import type { PolicyClause, PolicyDetail } from '@/shared/api/schemas';
import { hashTarget } from '@/shared/lib/url';
import { Badge } from '@/shared/ui/badge';
import { SeverityBadge } from '@/shared/ui/finding-list';
import { PageHeader } from '@/shared/ui/page-header';
import { Card, Notice } from '@/shared/ui/panels';
import { useEnglishContentLang } from '@/shared/ui/content-lang';
import { policiesMessages } from './messages';
import { policyQuery } from './queries';

function Examples({ allowed, notAllowed }: { allowed: readonly string[]; notAllowed: readonly string[] }) {
  const m = policiesMessages.use().policy;
  const lang = useEnglishContentLang();
  const sides = [
    { label: m.allowed, icon: '✓', tone: 'text-emerald-900', items: allowed },
    { label: m.notAllowed, icon: '✕', tone: 'text-red-900', items: notAllowed },
  ].filter((side) => side.items.length > 0);
  if (sides.length === 0) return null;
  return (
    <div className="mt-3 grid gap-3 sm:grid-cols-2">
      {sides.map((side) => (
        <div key={side.label}>
          <p className={`text-sm font-semibold ${side.tone}`}>
            <span aria-hidden="true">{side.icon} </span>
            {side.label}
          </p>
          <ul className="mt-1 list-inside list-disc text-sm text-slate-800" lang={lang}>
            {side.items.map((text) => (
              <li key={text}>{text}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

function Enforcement({ clause }: { clause: PolicyClause }) {
  const m = policiesMessages.use().policy;
  const lang = useEnglishContentLang();
  if (clause.rules.length === 0 && clause.penalties.length === 0) return null;
  return (
    <div className="mt-3 rounded-md bg-slate-50 p-3">
      <h3 className="text-sm font-semibold text-slate-900">{m.enforcedBy}</h3>
      <ul className="mt-1 space-y-1 text-sm">
        {clause.rules.map((rule) => (
          <li key={rule.id} className="flex flex-wrap items-center gap-2">
            <SeverityBadge severity={rule.severity} />
            <Link className="link font-mono text-xs" to={`/rules#${encodeURIComponent(rule.id)}`}>
              {rule.id}
            </Link>
            <span className="text-slate-700">
              <span lang={lang}>{rule.reason}</span> {rule.points > 0 ? m.points(rule.points) : ''}
            </span>
          </li>
        ))}
        {clause.penalties.map((p) => (
          <li key={p.id}>
            <span lang={lang}>
              <span className="font-medium">{p.label}:</span> {p.detail}
            </span>{' '}
            {p.id.startsWith('counting.') || p.id.startsWith('penalty.') ? (
              <Link className="link" to="/strikes">
                {m.ledger}
              </Link>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}

function ClauseArticle({ clause, target }: { clause: PolicyClause; target: string }) {
  const m = policiesMessages.use().policy;
  const lang = useEnglishContentLang();
  const here = clause.id === target;
  return (
    <article
      id={clause.id}
      tabIndex={-1}
      aria-labelledby={`clause-${clause.id}-title`}
      className={`scroll-mt-4 rounded-lg border bg-white p-4 outline-none ${here ? 'border-amber-500 ring-2 ring-amber-300' : 'border-slate-200'}`}
    >
      <h2 id={`clause-${clause.id}-title`} className="font-semibold">
        <span className="mr-2 font-mono text-sm text-slate-700">§ {clause.id}</span>
        <span lang={lang}>{clause.title}</span>
      </h2>
      {here ? (
        <p className="mt-1 text-xs font-semibold text-amber-900">
          <span aria-hidden="true">➜ </span>
          {m.followed}
        </p>
      ) : null}
      <p className="mt-1 text-slate-800" lang={lang}>
        {clause.explanation}
      </p>
      <Examples allowed={clause.allowed} notAllowed={clause.notAllowed} />
      <Enforcement clause={clause} />
    </article>
  );
}

function groupsOf(policy: PolicyDetail): { title: string | null; clauses: PolicyClause[] }[] {
  if (!policy.sections) return [{ title: null, clauses: policy.clauses }];
  const byId = new Map(policy.clauses.map((c) => [c.id, c]));
  return policy.sections.map((section) => ({
    title: section.title,
    clauses: section.clauseIds.flatMap((id) => byId.get(id) ?? []),
  }));
}

export function PolicyPage({ slug }: { slug: string }) {
  const m = policiesMessages.use().policy;
  const lang = useEnglishContentLang();
  const { data: policy } = useSuspenseQuery(policyQuery(slug));
  const { hash } = useLocation();
  const target = hashTarget(hash);
  const groups = groupsOf(policy);

  // A deep link lands on its clause: scroll to it and move focus there so it is announced.
  useEffect(() => {
    if (!target) return;
    const element = document.getElementById(target);
    if (element?.tagName === 'ARTICLE') element.focus();
  }, [target]);

  return (
    <>
      <PageHeader title={policy.title} description={policy.summary} lang={lang} />
      <div className="grid gap-6 lg:grid-cols-[16rem_1fr]">
        <nav
          aria-label={m.contents}
          className="lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto"
        >
          <h2 className="text-sm font-semibold uppercase tracking-wide text-slate-700">{m.contents}</h2>
          <ul className="mt-2 space-y-1 text-sm">
            {policy.breach || policy.examples ? (
              <li>
                <Link className="link" to="#at-a-glance" preventScrollReset>
                  {m.atAGlance}
                </Link>
              </li>
            ) : null}
            {policy.versions ? (
              <li>
                <Link className="link" to="#what-changed" preventScrollReset>
                  {m.whatChanged(policy.versions.after)}
                </Link>
              </li>
            ) : null}
            {groups.map((group) => (
              <li key={group.title ?? 'clauses'}>
                {group.title ? (
                  <span className="mt-2 block font-medium text-slate-900" lang={lang}>
                    {group.title}
                  </span>
                ) : null}
                <ul className={group.title ? 'ml-3 space-y-1' : 'space-y-1'} lang={lang}>
                  {group.clauses.map((c) => (
                    <li key={c.id}>
                      <Link
                        className={`link ${c.id === target ? 'font-bold' : ''}`}
                        to={`#${encodeURIComponent(c.id)}`}
                        aria-current={c.id === target ? 'location' : undefined}
                        preventScrollReset
                      >
                        {c.title}
                      </Link>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </nav>
        <div className="min-w-0 space-y-4">
          <p className="text-sm text-slate-700">{m.source(policy.source)}</p>
          {policy.breach || policy.examples ? (
            <section id="at-a-glance" aria-labelledby="at-a-glance-title" className="scroll-mt-4">
              <Card>
                <h2 id="at-a-glance-title" className="text-lg font-semibold">
                  {m.atAGlance}
                </h2>
                {policy.breach ? (
                  <div className="mt-2">
                    <Notice tone="warn">
                      <span className="font-semibold">{m.breach}</span>
                      <span lang={lang}>{policy.breach}</span>
                    </Notice>
                  </div>
                ) : null}
                {policy.examples ? (
                  <Examples allowed={policy.examples.allowed} notAllowed={policy.examples.notAllowed} />
                ) : null}
              </Card>
            </section>
          ) : null}
          {policy.versions ? (
            <section id="what-changed" aria-labelledby="what-changed-title" className="scroll-mt-4">
              <Card>
                <h2 id="what-changed-title" className="text-lg font-semibold">
                  {m.whatChanged(policy.versions.after)}
                </h2>
                <p className="mt-1 text-sm text-slate-700">
                  {m.versions(policy.versions.before, policy.versions.after)}
                </p>
                <div className="mt-3 overflow-x-auto">
                  <table className="min-w-full text-left text-sm">
                    <caption className="sr-only">
                      {m.differences(policy.versions.before, policy.versions.after)}
                    </caption>
                    <thead className="text-xs uppercase tracking-wide text-slate-700">
                      <tr>
                        <th scope="col" className="py-1 pr-4">
                          {m.clause}
                        </th>
                        <th scope="col" className="py-1 pr-4">
                          {policy.versions.before}
                        </th>
                        <th scope="col" className="py-1">
                          {policy.versions.after}
                        </th>
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100 align-top">
                      {policy.versions.changes.map((change) => (
                        <tr key={`${change.clause}-${change.title}`}>
                          <th scope="row" className="py-2 pr-4 font-medium">
                            <Link
                              className="link"
                              to={`#${encodeURIComponent(change.clause)}`}
                              preventScrollReset
                            >
                              § {change.clause} <span lang={lang}>{change.title}</span>
                            </Link>
                            <span className="mt-1 block">
                              <Badge
                                tone={
                                  change.kind === 'added'
                                    ? 'info'
                                    : change.kind === 'removed'
                                      ? 'neutral'
                                      : 'warn'
                                }
                              >
                                {m.change[change.kind]}
                              </Badge>
                            </span>
                          </th>
                          <td className="py-2 pr-4 text-slate-800" lang={lang}>
                            {change.before}
                          </td>
                          <td className="py-2 text-slate-800" lang={lang}>
                            {change.after}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </Card>
            </section>
          ) : null}
          {groups.map((group) =>
            group.title ? (
              <section key={group.title} aria-label={group.title} className="space-y-3">
                <p className="pt-2 text-sm font-semibold uppercase tracking-wide text-slate-700" lang={lang}>
                  {group.title}
                </p>
                {group.clauses.map((clause) => (
                  <ClauseArticle key={clause.id} clause={clause} target={target} />
                ))}
              </section>
            ) : (
              <div key="clauses" className="space-y-3">
                {group.clauses.map((clause) => (
                  <ClauseArticle key={clause.id} clause={clause} target={target} />
                ))}
              </div>
            ),
          )}
        </div>
      </div>
    </>
  );
}
