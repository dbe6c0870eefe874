import { defineMessages } from '@/shared/i18n/messages';
import { formatCount } from '@/shared/lib/format';

/** The notifications page. A notice's title and text come from the server as they are, in English. */
export const notificationsMessages = defineMessages(
  'notifications',
  {
    title: 'Notifications',
    description: (unread: number) =>
      `${unread} unread. New complaints, close deadlines, expiring points and decisions, each linking to its page.`,
    kinds: {
      complaint_received: 'New complaint',
      deadline_soon: 'Deadline within a day',
      points_expiring: 'Points expiring',
      threshold_crossed: 'Threshold reached',
      appeal_decided: 'Appeal decided',
      complaint_decided: 'Complaint decided',
      listing_decided: 'Listing decided',
    },
    markAll: 'Mark all as read',
    markAllFailed: 'Could not mark them all as read',
    updateFailed: 'Could not update the notification',
    emptyTitle: 'Nothing new',
    emptyBody: 'You have no notifications.',
    unread: 'Unread',
    markRead: 'Mark as read',
    markUnread: 'Mark as unread',
  },
  {
    title: 'Уведомления',
    description: (unread: number) =>
      `Непрочитанных: ${formatCount(unread)}. Новые жалобы, близкие сроки, сгорающие баллы и решения — каждое со ссылкой на свою страницу.`,
    kinds: {
      complaint_received: 'Новая жалоба',
      deadline_soon: 'Срок — меньше суток',
      points_expiring: 'Баллы сгорают',
      threshold_crossed: 'Достигнут порог',
      appeal_decided: 'Решение по апелляции',
      complaint_decided: 'Решение по жалобе',
      listing_decided: 'Решение по товару',
    },
    markAll: 'Отметить все как прочитанные',
    markAllFailed: 'Не удалось отметить все уведомления как прочитанные',
    updateFailed: 'Не удалось обновить уведомление',
    emptyTitle: 'Ничего нового',
    emptyBody: 'У вас нет уведомлений.',
    unread: 'Не прочитано',
    markRead: 'Отметить как прочитанное',
    markUnread: 'Отметить как непрочитанное',
  },
);
