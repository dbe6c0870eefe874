import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '@/shared/api/api';
import { PenaltyRecord } from '@/shared/api/schemas';

export const penaltiesQuery = () =>
  queryOptions({
    queryKey: ['penalties', 'list'],
    queryFn: ({ signal }) => api.request('/penalties', { schema: z.array(PenaltyRecord), signal }),
  });
