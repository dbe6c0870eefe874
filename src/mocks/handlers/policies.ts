import { POLICIES, findPolicy, type Policy } from '@/domain/policies/catalog';
import { endpoint, type MockContext } from '../context';
import { notFound } from '../http';

function summary({ clauses, ...policy }: Policy) {
  return { ...policy, clauseCount: clauses.length };
}

export function policyHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'get', '/policies', 'policies', 'signed-in', () => POLICIES.map(summary)),
    endpoint(ctx, 'get', '/policies/:slug', 'policies', 'signed-in', ({ params }) => {
      const policy = findPolicy(String(params.slug));
      if (!policy) throw notFound('That policy');
      return { ...summary(policy), clauses: policy.clauses };
    }),
  ];
}
