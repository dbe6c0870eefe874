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
          {rule.points > 0 ? `${rule.points} point${rule.points === 1 ? '' : 's'} at stake` : 'No points'}
        </span>
      </h3>
      <p className="mt-1">{rule.reason}</p>
      <RuleModeLine mode={mode} />
      <p className="mt-1 text-sm">
        <span className="font-medium">What to do: </span>
        {rule.fix}
      </p>
      <p className="mt-1 text-sm">
        <span className="font-medium">Clause: </span>
        <ClauseLink refTo={rule.policy} />
      </p>
      {rule.examples.hit.length + rule.examples.miss.length > 0 ? (
        <dl className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-medium text-red-900">Flags, for example</dt>
            {rule.examples.hit.slice(0, 3).map((text) => (
              <dd key={text} className="break-words">
                “{text}”
              </dd>
            ))}
          </div>
          {rule.examples.miss.length > 0 ? (
            <div>
              <dt className="font-medium text-emerald-900">Leaves alone, for example</dt>
              {rule.examples.miss.slice(0, 3).map((text) => (
                <dd key={text} className="break-words">
                  “{text}”
                </dd>
              ))}
            </div>
          ) : null}
        </dl>
      ) : null}
      <p className="mt-2 text-xs text-slate-700">
        {rule.termCount > 0
          ? `Looks for ${rule.termCount} words and phrases in English and Russian, also when disguised.`
          : 'Worked out from the listing as a whole rather than a word list.'}{' '}
        {seller ? (
          <Link className="link" to={`/listings?rule=${encodeURIComponent(rule.id)}`}>
            Your listings it flags
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
        title="Checker rules"
        description="What the listing checker looks for, rule by rule: the clause each enforces, the points at stake, and wording it flags and leaves alone."
        actions={
          <Link className="btn-secondary" to="/policies">
            All policies
          </Link>
        }
      />
      <label className="mb-4 flex max-w-xl flex-col text-sm font-medium text-slate-800">
        Filter the rules
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
          Order
          <select
            className="field mt-1"
            value={leastTrusted ? 'least-trusted' : ''}
            onChange={(e) => setSort(e.target.value)}
          >
            <option value="">By category</option>
            <option value="least-trusted">Least trusted first</option>
          </select>
        </label>
      ) : null}
      <p role="status" className="mb-4 text-sm text-slate-700">
        {shown.length} of {rules.length} rules
        {leastTrusted ? ', least trusted first' : ''}.
        {modeList.some((m) => m.mode === 'review_only')
          ? ` ${modeList.filter((m) => m.mode === 'review_only').length} in review only.`
          : ''}
      </p>
      {shown.length === 0 ? (
        <EmptyState title="No rule matches">Try another word.</EmptyState>
      ) : leastTrusted ? (
        <section aria-labelledby="rules-least-trusted" className="mb-6">
          <h2 id="rules-least-trusted" className="mb-2 text-lg font-semibold">
            Least trusted first
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
              {humanise(category)}
            </h2>
            <ul className="space-y-3">{shown.filter((r) => r.category === category).map(card)}</ul>
          </section>
        ))
      )}
    </>
  );
}
