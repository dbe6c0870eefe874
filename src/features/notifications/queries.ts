import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api';
import { z } from 'zod/mini';
import { Notification, NotificationList } from '@/shared/api/schemas/account-data';

export const notificationsQuery = () =>
  queryOptions({
    queryKey: ['notifications'],
    queryFn: ({ signal }) => api.request('/notifications', { schema: NotificationList, signal }),
  });

export function useMarkNotificationRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, read }: { id: string; read: boolean }) =>
      api.request(`/notifications/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        body: { read },
        schema: Notification,
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsQuery().queryKey }),
  });
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      api.request('/notifications/read-all', { method: 'POST', schema: z.object({ updated: z.number() }) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsQuery().queryKey }),
  });
}
