import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod/mini';
import { api } from './api';
import { Appeal, PenaltyRecord } from './schemas';

/**
 * Penalty records and appeals: a seller gets their own shop's, a reviewer every shop's. The seller's ledger and
 * the reviewer's appeals page read the same cache entries.
 */
export const penaltiesQuery = () =>
  queryOptions({
    queryKey: ['penalties', 'list'],
    queryFn: ({ signal }) => api.request('/penalties', { schema: z.array(PenaltyRecord), signal }),
  });

export const appealsQuery = () =>
  queryOptions({
    queryKey: ['appeals', 'list'],
    queryFn: ({ signal }) => api.request('/appeals', { schema: z.array(Appeal), signal }),
  });
