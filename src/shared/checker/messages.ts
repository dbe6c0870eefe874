import { defineMessages } from '@/shared/i18n/messages';

/** What the checker's client says when the worker fails it. */
export const checkerClientMessages = defineMessages(
  'checker-client',
  {
    crashed: 'The checker stopped unexpectedly.',
    noResult: 'The checker returned no result.',
  },
  {
    crashed: 'Проверка неожиданно остановилась.',
    noResult: 'Проверка не вернула результат.',
  },
);
