import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, useLocation } from 'react-router';
import { ruleModesQuery } from '@/shared/api/rule-modes';
import type { Account, CheckerRule, RuleMode, RuleStat } from '@/shared/api/schemas';
import { humanise } from '@/shared/lib/format';
import { hashTarget } from '@/shared/lib/url';
import { useSearchParam } from '@/shared/lib/use-search-param';
import { ClauseLink } from '@/shared/ui/clause-link';
import { SeverityBadge } from '@/shared/ui/finding-list';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState } from '@/shared/ui/panels';
import { useEnglishContentLang } from '@/shared/ui/content-lang';
import { policiesMessages } from './messages';
import { rulesQuery, ruleStatsQuery } from './queries';
import { RuleModeControl, RuleModeLine, RuleRecord } from './rule-trust';
import { fold, queryWords } from './search';
import { compareLeastTrusted, trustOf } from './trust';

type Viewer = Pick<Account, 'id' | 'name' | 'role'>;

function matches(rule: CheckerRule, words: readonly string[]): boolean {
  const text = fold(
    [rule.id, rule.reason, rule.fix, rule.category, ...rule.examples.hit, ...rule.examples.miss].join(' '),
  );
  return words.every((w) => text.includes(w));
}

function RuleCard({
  rule,
  viewer,
  here,
  mode,
  stat,
}: {
  rule: CheckerRule;
  viewer: Viewer;
  here: boolean;
  mode: RuleMode | undefined;
  /** The rule's record; only reviewers have it. */
  stat: RuleStat | undefined;
}) {
  const m = policiesMessages.use().rules;
  // The rule's reason, fix and examples are written in English.
  const lang = useEnglishContentLang();
  const seller = viewer.role === 'seller';
  return (
    <li
      id={rule.id}
      tabIndex={-1}
      className={`scroll-mt-4 rounded-lg border bg-white p-4 outline-none ${here ? 'border-amber-500 ring-2 ring-amber-300' : 'border-slate-200'}`}
    >
      <h3 className="flex flex-wrap items-center gap-2">
        <code className="text-sm font-semibold">{rule.id}</code>
        <SeverityBadge severity={rule.severity} />
        <span className="text-sm text-slate-700">
          {rule.points > 0 ? m.atStake(rule.points) : m.noPoints}
        </span>
      </h3>
      <p className="mt-1" lang={lang}>
        {rule.reason}
      </p>
      <RuleModeLine mode={mode} />
      <p className="mt-1 text-sm">
        <span className="font-medium">{m.whatToDo}</span>
        <span lang={lang}>{rule.fix}</span>
      </p>
      <p className="mt-1 text-sm">
        <span className="font-medium">{m.clause}</span>
        <ClauseLink refTo={rule.policy} />
      </p>
      {rule.examples.hit.length + rule.examples.miss.length > 0 ? (
        <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-medium text-red-900">{m.flags}</dt>
            {rule.examples.hit.slice(0, 3).map((text) => (
              <dd key={text} className="break-words" lang={lang}>
                “{text}”
              </dd>
            ))}
          </div>
          {rule.examples.miss.length > 0 ? (
            <div>
              <dt className="font-medium text-emerald-900">{m.leaves}</dt>
              {rule.examples.miss.slice(0, 3).map((text) => (
                <dd key={text} className="break-words" lang={lang}>
                  “{text}”
                </dd>
              ))}
            </div>
          ) : null}
        </dl>
      ) : null}
      <p className="mt-2 text-xs text-slate-700">
        {rule.termCount > 0 ? m.terms(rule.termCount) : m.whole}{' '}
        {seller ? (
          <Link className="link" to={`/listings?rule=${encodeURIComponent(rule.id)}`}>
            {m.yourListings}
          </Link>
        ) : null}
      </p>
      {viewer.role === 'reviewer' ? (
        <>
          <RuleRecord stat={stat} />
          <RuleModeControl ruleId={rule.id} mode={mode} account={viewer} />
        </>
      ) : null}
    </li>
  );
}

/** Every rule of the listing checker: what it looks for, what it costs, its clause, and examples either way. */
export function RulesPage({ viewer }: { viewer: Viewer }) {
  const m = policiesMessages.use().rules;
  const reviewer = viewer.role === 'reviewer';
  const { data: rules } = useSuspenseQuery(rulesQuery());
  const { data: modeList } = useSuspenseQuery(ruleModesQuery());
  // The loader fetched the record for reviewers; sellers never ask for it.
  const { data: statList } = useQuery({ ...ruleStatsQuery(), enabled: reviewer });
  const modes = new Map(modeList.map((m) => [m.id, m]));
  const stats = new Map((statList ?? []).map((s) => [s.ruleId, s]));
  const { hash } = useLocation();
  const target = hashTarget(hash);
  const [typed, setTyped] = useSearchParam('q');
  const [sort, setSort] = useSearchParam('sort');
  const words = queryWords(typed);
  const leastTrusted = reviewer && sort === 'least-trusted';
  const shown = rules.filter((rule) => matches(rule, words));
  const categories = [...new Set(shown.map((r) => r.category))].sort();
  const card = (rule: CheckerRule) => (
    <RuleCard
      key={rule.id}
      rule={rule}
      viewer={viewer}
      here={rule.id === target}
      mode={modes.get(rule.id)}
      stat={stats.get(rule.id)}
    />
  );
  useEffect(() => {
    if (target) document.getElementById(target)?.focus();
  }, [target]);

  return (
    <>
      <PageHeader
        title={m.title}
        description={m.description}
        actions={
          <Link className="btn-secondary" to="/policies">
            {m.policies}
          </Link>
        }
      />
      <label className="mb-4 flex max-w-xl flex-col text-sm font-medium text-slate-800">
        {m.filter}
        <input
          type="search"
          className="field mt-1"
          value={typed}
          maxLength={200}
          onChange={(e) => setTyped(e.target.value)}
        />
      </label>
      {reviewer ? (
        <label className="mb-4 flex max-w-xs flex-col text-sm font-medium text-slate-800">
          {m.order}
          <select
            className="field mt-1"
            value={leastTrusted ? 'least-trusted' : ''}
            onChange={(e) => setSort(e.target.value)}
          >
            <option value="">{m.byCategory}</option>
            <option value="least-trusted">{m.leastTrusted}</option>
          </select>
        </label>
      ) : null}
      <p role="status" className="mb-4 text-sm text-slate-700">
        {m.shown(shown.length, rules.length, leastTrusted)}
        {modeList.some((mode) => mode.mode === 'review_only')
          ? m.reviewOnlyCount(modeList.filter((mode) => mode.mode === 'review_only').length)
          : ''}
      </p>
      {shown.length === 0 ? (
        <EmptyState title={m.none}>{m.tryAnother}</EmptyState>
      ) : leastTrusted ? (
        <section aria-labelledby="rules-least-trusted" className="mb-6">
          <h2 id="rules-least-trusted" className="mb-2 text-lg font-semibold">
            {m.leastTrusted}
          </h2>
          <ul className="space-y-3">
            {[...shown]
              .map((rule) => ({ rule, trust: trustOf(stats.get(rule.id)) }))
              .sort((a, b) => compareLeastTrusted(a.trust, b.trust) || a.rule.id.localeCompare(b.rule.id))
              .map(({ rule }) => card(rule))}
          </ul>
        </section>
      ) : (
        categories.map((category) => (
          <section key={category} aria-labelledby={`rules-${category}`} className="mb-6">
            <h2 id={`rules-${category}`} className="mb-2 text-lg font-semibold">
              {m.categories[category] ?? humanise(category)}
            </h2>
            <ul className="space-y-3">{shown.filter((r) => r.category === category).map(card)}</ul>
          </section>
        ))
      )}
    </>
  );
}
