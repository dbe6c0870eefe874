import { uiMessages } from './messages';
import { Notice } from './panels';

/**
 * Says which findings come from rules reviewers put in "review only" mode: they are shown, a person looks at
 * them, and they do not block the listing.
 */
export function ReviewOnlyNotice({
  findings,
  reviewOnlyRules,
}: {
  findings: readonly { ruleId: string; severity: string }[];
  reviewOnlyRules: readonly string[];
}) {
  const m = uiMessages.use().reviewOnly;
  const rules = [...new Set(findings.filter((f) => reviewOnlyRules.includes(f.ruleId)).map((f) => f.ruleId))];
  if (rules.length === 0) return null;
  return (
    <Notice>
      {m.before(rules.length)}
      {rules.map((id, k) => (
        <span key={id}>
          {k > 0 ? ', ' : ''}
          <code>{id}</code>
        </span>
      ))}
      {m.after(rules.length)}
    </Notice>
  );
}
