import { queryOptions } from '@tanstack/react-query';
import { api } from '@/shared/api/api';
import { AccountList, Session } from '@/shared/api/schemas/session';

export const sessionQuery = () =>
  queryOptions({
    queryKey: ['session'],
    queryFn: ({ signal }) => api.request('/session', { schema: Session, signal }),
    staleTime: Infinity,
  });

export const accountsQuery = () =>
  queryOptions({
    queryKey: ['accounts'],
    queryFn: ({ signal }) => api.request('/accounts', { schema: AccountList, signal }),
    staleTime: Infinity,
  });
