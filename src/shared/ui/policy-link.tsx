import { Link } from 'react-router';
import { findClause, findPolicy } from '@/domain/policies/catalog';

/** A link to one clause of a policy page, named by the policy's and the clause's titles from the catalogue. */
export function PolicyLink({ policy, clause }: { policy: string; clause: string }) {
  const title = findPolicy(policy)?.title ?? policy;
  const clauseTitle = findClause(policy, clause)?.title ?? clause;
  return (
    <Link className="link" to={`/policies/${policy}#${clause}`}>
      {title}: {clauseTitle}
    </Link>
  );
}
