import { defineMessages } from '@/shared/i18n/messages';

/** Putting the demo back to its original data. */
export const demoMessages = defineMessages(
  'demo',
  {
    restored: 'Demo data restored to its original state.',
    failed: (message: string) => `Reset failed: ${message}`,
    confirm: 'Discard every change made in the demo?',
    yes: 'Yes, reset',
    resetting: 'Resetting…',
    cancel: 'Cancel',
    reset: 'Reset demo data',
  },
  {
    restored: 'Демо-данные возвращены в исходное состояние.',
    failed: (message: string) => `Не удалось сбросить данные: ${message}`,
    confirm: 'Отменить все изменения, сделанные в демо?',
    yes: 'Да, сбросить',
    resetting: 'Сбрасываем…',
    cancel: 'Отмена',
    reset: 'Сбросить демо-данные',
  },
);
