import { Link } from 'react-router';
import type { Confidence, Finding, ProductType, Transformation } from '@/domain/checker';
import { labelFor } from '@/shared/lib/format';
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

type FindingWords = ReturnType<typeof uiMessages.get>['findings'];
type Words = FindingWords['transformations'];

/** Filled marks out of three: the level is in the word and the marks, never in the colour alone. */
const CONFIDENCE_MARKS: Record<Confidence, string> = { high: '●●●', medium: '●●○', low: '●○○' };

/** How sure the checker is of a finding: a word and three marks, one neutral colour for every level. */
export function ConfidenceBadge({ confidence }: { confidence: Confidence }) {
  const m = uiMessages.use().findings.confidence;
  return (
    <span
      data-confidence={confidence}
      className="inline-flex items-center gap-1 whitespace-nowrap rounded-full bg-slate-100 px-2 py-0.5 text-xs font-medium text-slate-900 ring-1 ring-inset ring-slate-400"
    >
      <span aria-hidden="true" className="tracking-tight">
        {CONFIDENCE_MARKS[confidence]}
      </span>
      {m[confidence]}
    </span>
  );
}

/**
 * What the listing sells in words, and what told the checker: "Sells: a video, board or card game (from the
 * title: “Xbox 360”)". The cue is the seller's own words, shown as text.
 */
export function productTypeWords(
  productType: ProductType,
  options: { category?: string; compact?: boolean } = {},
  words: FindingWords['productType'] = uiMessages.get().findings.productType,
  categories: Readonly<Record<string, string>> = uiMessages.get().listingCategories,
): { kind: string; source: string } {
  const kind = words.kinds[productType.kind];
  if (options.compact) return { kind, source: '' };
  switch (productType.source) {
    case 'title':
      return { kind, source: productType.cue ? words.fromTitle(productType.cue) : words.byDefault };
    case 'category':
      return {
        kind,
        source: options.category
          ? words.fromCategory(labelFor(categories, options.category))
          : words.fromSomeCategory,
      };
    default:
      return { kind, source: words.byDefault };
  }
}

/** "Sells: …" for a checked listing; `compact` leaves out what told the checker (for tables). */
export function ProductTypeLine({
  productType,
  category,
  compact,
  className = 'text-sm',
  as: Tag = 'p',
  label = true,
}: {
  productType: ProductType;
  /** The listing's category code, to name it when the category told the checker. */
  category?: string;
  compact?: boolean;
  className?: string;
  /** `span` inside a table cell or a line of other text. */
  as?: 'p' | 'span';
  /** Without "Sells:", where a column heading already says it. */
  label?: boolean;
}) {
  const m = uiMessages.use();
  const words = m.findings.productType;
  const { kind, source } = productTypeWords(productType, { category, compact }, words, m.listingCategories);
  return (
    <Tag className={className} data-product-kind={productType.kind}>
      {label ? <span className="font-medium">{words.label} </span> : null}
      {kind}
      {source}
    </Tag>
  );
}

/** How sure the checker is, and why, in words; with the rule's own severity when the context changed it. */
export function FindingConfidence({
  finding,
  className = 'mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-700',
}: {
  finding: Pick<Finding, 'confidence' | 'basis'> & Partial<Pick<Finding, 'severity' | 'ruleSeverity'>>;
  className?: string;
}) {
  const f = uiMessages.use().findings;
  const changed = finding.ruleSeverity !== undefined && finding.ruleSeverity !== finding.severity;
  return (
    <p className={className}>
      <ConfidenceBadge confidence={finding.confidence} />
      <span>
        {f.basis[finding.basis]}
        {changed && finding.ruleSeverity ? ` ${f.ruleOwn[finding.ruleSeverity]}` : ''}
      </span>
    </p>
  );
}

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
            <FindingConfidence finding={finding} />
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
