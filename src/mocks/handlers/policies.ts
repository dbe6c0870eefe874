import { RULES } from '@/domain/checker/rule-index';
import { POLICIES, findPolicy, type Policy } from '@/domain/policies/catalog';
import { enforcementOf } from '@/domain/policies/enforcement';
import type { CheckerRule, PolicyDetail } from '@/shared/api/schemas';
import { endpoint, type MockContext } from '../context';
import { notFound } from '../http';

function detail(policy: Policy): PolicyDetail {
  return {
    slug: policy.slug,
    title: policy.title,
    topic: policy.topic,
    summary: policy.summary,
    source: policy.source,
    clauseCount: policy.clauses.length,
    breach: policy.breach ?? null,
    examples: policy.examples
      ? { allowed: [...policy.examples.allowed], notAllowed: [...policy.examples.notAllowed] }
      : null,
    clauses: policy.clauses.map((clause) => {
      const { rules, penalties } = enforcementOf(policy.slug, clause.id);
      return {
        id: clause.id,
        title: clause.title,
        explanation: clause.explanation,
        allowed: [...(clause.allowed ?? [])],
        notAllowed: [...(clause.notAllowed ?? [])],
        rules: rules.map(({ id, severity, points, reason }) => ({ id, severity, points, reason })),
        penalties,
      };
    }),
    sections: policy.sections?.map((s) => ({ title: s.title, clauseIds: [...s.clauseIds] })) ?? null,
    versions: policy.versions
      ? { ...policy.versions, changes: policy.versions.changes.map((c) => ({ ...c })) }
      : null,
  };
}

function rules(): CheckerRule[] {
  return [...RULES.values()].map((rule) => ({
    ...rule,
    examples: { hit: [...rule.examples.hit], miss: [...rule.examples.miss] },
  }));
}

export function policyHandlers(ctx: MockContext) {
  return [
    // The whole library in one answer: it is small, and the index searches examples and clauses too.
    endpoint(ctx, 'get', '/policies', 'policies', 'signed-in', () => POLICIES.map(detail)),
    endpoint(ctx, 'get', '/policies/:slug', 'policies', 'signed-in', ({ params }) => {
      const policy = findPolicy(String(params.slug));
      if (!policy) throw notFound('That policy');
      return detail(policy);
    }),
    endpoint(ctx, 'get', '/rules', 'policies', 'signed-in', () => rules()),
  ];
}
