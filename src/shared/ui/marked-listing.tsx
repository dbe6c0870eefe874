import type { Finding } from '@/domain/checker';
import { HighlightedText, highlightsFor } from './highlighted-text';
import { uiMessages } from './messages';

/**
 * A listing's text with the flagged words marked in place, field by field. `empty` says what to show for a field
 * with no text; without it, empty fields are left out.
 */
export function MarkedListing({
  text,
  findings,
  anchorPrefix,
  empty,
}: {
  text: Partial<Record<'title' | 'brand' | 'description', string>>;
  findings: readonly Finding[];
  anchorPrefix: string;
  empty?: Partial<Record<'title' | 'brand' | 'description', string>>;
}) {
  const m = uiMessages.use();
  const fields = ['title', 'brand', 'description'] as const;
  return (
    <dl className="space-y-3 text-sm">
      {fields.map((field) => {
        const value = text[field];
        if (value === undefined || (!value && empty?.[field] === undefined)) return null;
        return (
          <div key={field}>
            <dt className="font-medium text-slate-700">{m.fields[field]}</dt>
            <dd>
              {value ? (
                <HighlightedText
                  text={value}
                  highlights={highlightsFor(findings, field)}
                  anchorPrefix={anchorPrefix}
                />
              ) : (
                empty?.[field]
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
