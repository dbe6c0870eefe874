import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { api } from '@/shared/api/api';
import { CheckerRule, PolicyDetail, RuleStat } from '@/shared/api/schemas';

export const policiesQuery = () =>
  queryOptions({
    queryKey: ['policies', 'list'],
    queryFn: ({ signal }) => api.request('/policies', { schema: z.array(PolicyDetail), signal }),
    staleTime: Infinity,
  });

export const policyQuery = (slug: string) =>
  queryOptions({
    queryKey: ['policies', 'detail', slug],
    queryFn: ({ signal }) =>
      api.request(`/policies/${encodeURIComponent(slug)}`, { schema: PolicyDetail, signal }),
    staleTime: Infinity,
  });

export const rulesQuery = () =>
  queryOptions({
    queryKey: ['policies', 'rules'],
    queryFn: ({ signal }) => api.request('/rules', { schema: z.array(CheckerRule), signal }),
    staleTime: Infinity,
  });

/** Each rule's record from reviewers' decisions (reviewers only). */
export const ruleStatsQuery = () =>
  queryOptions({
    queryKey: ['rule-stats'],
    queryFn: ({ signal }) => api.request('/rule-stats', { schema: z.array(RuleStat), signal }),
  });
