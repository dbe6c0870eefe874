import { Fragment, type ReactNode } from 'react';
import type { Finding } from '@/domain/checker';
import { useEnglishContentLang } from './content-lang';

export interface Highlight {
  start: number;
  end: number;
  /** Shown after the marked words and read by screen readers: "[1] Blocks: replica wording". */
  label: string;
  /** The number of the finding it links to. */
  n: number;
  tone: 'bad' | 'warn';
}

/**
 * Text with the flagged characters marked in place: underlined and tinted, numbered, and linked to their
 * explanation, so the marking never relies on colour alone. The text is always rendered as text.
 */
export function HighlightedText({
  text,
  highlights,
  anchorPrefix,
}: {
  text: string;
  highlights: readonly Highlight[];
  anchorPrefix: string;
}) {
  // The label is the rule's reason, written in English.
  const lang = useEnglishContentLang();
  const sorted = [...highlights]
    .filter((h) => h.end > h.start && h.end <= text.length)
    .sort((a, b) => a.start - b.start);
  const parts: ReactNode[] = [];
  let at = 0;
  for (const highlight of sorted) {
    if (highlight.start < at) continue; // overlapping findings: the first one marks the words
    if (highlight.start > at)
      parts.push(<Fragment key={`t${at}`}>{text.slice(at, highlight.start)}</Fragment>);
    parts.push(
      <mark
        key={`m${highlight.start}`}
        className={`rounded-sm px-0.5 underline decoration-2 underline-offset-2 ${highlight.tone === 'bad' ? 'bg-red-100 decoration-red-700' : 'bg-amber-100 decoration-amber-700'}`}
      >
        {text.slice(highlight.start, highlight.end)}
        <a
          href={`#${anchorPrefix}${highlight.n}`}
          className="ml-0.5 align-super text-xs font-semibold text-slate-900 no-underline"
        >
          [{highlight.n}]
          <span className="sr-only" lang={lang}>
            {' '}
            {highlight.label}
          </span>
        </a>
      </mark>,
    );
    at = highlight.end;
  }
  if (at < text.length) parts.push(<Fragment key={`t${at}`}>{text.slice(at)}</Fragment>);
  return <span className="whitespace-pre-wrap break-words">{parts}</span>;
}

/** The marks for one field, numbered in the order the findings are listed. */
export function highlightsFor(findings: readonly Finding[], field: Finding['field']): Highlight[] {
  return findings.flatMap((finding, index) =>
    finding.field === field && finding.severity !== 'info'
      ? [
          {
            start: finding.start,
            end: finding.end,
            n: index + 1,
            tone: finding.severity === 'block' ? ('bad' as const) : ('warn' as const),
            label: finding.reason,
          },
        ]
      : [],
  );
}
