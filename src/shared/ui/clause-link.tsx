import { Link } from 'react-router';
import { findClause, findPolicy } from '@/domain/policies/catalog';
import type { PolicyRef } from '@/shared/api/schemas';

export function clauseHref(ref: PolicyRef): string {
  return `/policies/${encodeURIComponent(ref.policy)}#${encodeURIComponent(ref.clause)}`;
}

/** A link to one clause of a policy, named by the clause's title (or the policy's, or the raw ids as a last resort). */
export function ClauseLink({ refTo, children }: { refTo: PolicyRef; children?: string }) {
  const clause = findClause(refTo.policy, refTo.clause);
  const policy = findPolicy(refTo.policy);
  const name =
    children ??
    (clause ? `${policy?.title ?? refTo.policy}: ${clause.title}` : `${refTo.policy} § ${refTo.clause}`);
  return (
    <Link className="link" to={clauseHref(refTo)}>
      {name}
    </Link>
  );
}
