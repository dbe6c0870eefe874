import { Link } from 'react-router';
import type { Finding, Transformation } from '@/domain/checker';
import { Badge } from '@/shared/ui/badge';
import { ClauseLink } from '@/shared/ui/clause-link';
import { useEnglishContentLang } from './content-lang';
import { uiMessages } from './messages';

const SEVERITY_TONE = { block: 'bad', warn: 'warn', info: 'good' } as const;

/** What a rule's finding does to a listing, by colour and by word. */
export function SeverityBadge({ severity }: { severity: keyof typeof SEVERITY_TONE }) {
  const m = uiMessages.use();
  return <Badge tone={SEVERITY_TONE[severity]}>{m.severity[severity]}</Badge>;
}

type Words = ReturnType<typeof uiMessages.get>['findings']['transformations'];

const LOOKALIKE = /^(Cyrillic|Greek|Latin|Look-alike) "(.+)" read as "(.+)"$/su;
const LEET = /^"(.+)" read as "(.+)"$/su;

/**
 * How the checker read a disguised word, in the interface language. The checker describes it in English; the
 * kind and the quoted characters are read back out of that, and a note of an unknown form is shown as it is.
 */
export function transformationNote(
  t: Transformation,
  words: Words = uiMessages.get().findings.transformations,
) {
  const letter = (read: string) => (read === 'i or l' ? words.iOrL : read);
  switch (t.kind) {
    case 'lookalike': {
      const [, script, original, read] = LOOKALIKE.exec(t.note) ?? [];
      return script && original && read
        ? words.lookalike(words.scripts[script as keyof Words['scripts']], original, letter(read))
        : t.note;
    }
    case 'leet': {
      const [, original, read] = LEET.exec(t.note) ?? [];
      return original && read ? words.leet(original, letter(read)) : t.note;
    }
    default:
      return words[t.kind];
  }
}

/** Each finding: the exact words, what they were read as, the rule and clause, the points at stake, what to do. */
export function FindingList({
  findings,
  anchorPrefix,
  noteFor,
}: {
  findings: readonly Finding[];
  anchorPrefix?: string;
  /** An extra line for a finding, e.g. which document cleared a brand. */
  noteFor?: (finding: Finding) => string | null;
}) {
  const m = uiMessages.use();
  const f = m.findings;
  // The rule's reason and fix are written in English.
  const lang = useEnglishContentLang();
  return (
    <ul className="space-y-3" aria-label={f.list}>
      {findings.map((finding, index) => {
        const how = finding.transformations.filter((t) => t.kind !== 'accent');
        return (
          <li
            key={`${finding.ruleId}-${finding.field}-${finding.start}`}
            id={anchorPrefix ? `${anchorPrefix}${index + 1}` : undefined}
            className="rounded-lg border border-slate-200 bg-white p-3 text-sm"
          >
            <div className="flex flex-wrap items-center gap-2">
              {anchorPrefix ? (
                <span className="font-mono text-xs font-semibold text-slate-700">[{index + 1}]</span>
              ) : null}
              <SeverityBadge severity={finding.severity} />
              <span className="font-medium" lang={lang}>
                {finding.reason}
              </span>
            </div>
            <p className="mt-1">
              {f.where(m.fields[finding.field], finding.start + 1, finding.end)}
              {m.openQuote}
              <mark className="bg-amber-100 px-0.5">{finding.matched}</mark>
              {m.closeQuote}
              {finding.normalized && finding.normalized !== finding.matched.toLowerCase()
                ? f.readAs(finding.normalized)
                : null}
            </p>
            {how.length > 0 ? (
              <p className="text-slate-700">
                {f.how(how.map((t) => transformationNote(t, f.transformations)).join('; '))}
              </p>
            ) : null}
            <p className="text-slate-700">
              {finding.points > 0 ? f.atStake(finding.points) : ''}
              {m.findingCategory[finding.category]} · {f.rule}{' '}
              <Link className="link" to={`/rules#${encodeURIComponent(finding.ruleId)}`}>
                <code>{finding.ruleId}</code>
              </Link>{' '}
              · <ClauseLink refTo={finding.policy} />
            </p>
            <p>
              <span className="font-medium">{f.whatToDo}</span> <span lang={lang}>{finding.fix}</span>
            </p>
            {noteFor?.(finding) ? <p className="mt-1 text-emerald-900">{noteFor(finding)}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}
