import type { Finding } from '@/domain/checker';
import { HighlightedText, highlightsFor } from './highlighted-text';

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
  const fields = [
    ['title', 'Title'],
    ['brand', 'Brand'],
    ['description', 'Description'],
  ] as const;
  return (
    <dl className="space-y-3 text-sm">
      {fields.map(([field, label]) => {
        const value = text[field];
        if (value === undefined || (!value && empty?.[field] === undefined)) return null;
        return (
          <div key={field}>
            <dt className="font-medium text-slate-700">{label}</dt>
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
