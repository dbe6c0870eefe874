import { Link } from 'react-router';
import { findClause, findPolicy } from '@/domain/policies/catalog';
import type { PolicyRef } from '@/shared/api/schemas';
import { useEnglishContentLang } from './content-lang';
import { uiMessages } from './messages';

export function clauseHref(ref: PolicyRef): string {
  return `/policies/${encodeURIComponent(ref.policy)}#${encodeURIComponent(ref.clause)}`;
}

function clauseName(ref: PolicyRef): string {
  const clause = findClause(ref.policy, ref.clause);
  const policy = findPolicy(ref.policy);
  return clause ? `${policy?.title ?? ref.policy}: ${clause.title}` : `${ref.policy} § ${ref.clause}`;
}

/**
 * A link to one clause of a policy, named by the policy's and the clause's titles (the raw ids as a last resort).
 * `short` shows only "Clause" where the sentence before it already says what it is about; screen readers still
 * hear the clause's full name.
 */
export function ClauseLink({ refTo, short = false }: { refTo: PolicyRef; short?: boolean }) {
  const m = uiMessages.use();
  const lang = useEnglishContentLang();
  const name = clauseName(refTo);
  return (
    <Link className="link" to={clauseHref(refTo)}>
      {short ? (
        <>
          {m.clause}
          <span className="sr-only">
            : <span lang={lang}>{name}</span>
          </span>
        </>
      ) : lang ? (
        <span lang={lang}>{name}</span>
      ) : (
        name
      )}
    </Link>
  );
}
