import { defineMessages } from '@/shared/i18n/messages';

/** Words of the shared building blocks: panels, dialogs, fields, badges. */
export const uiMessages = defineMessages(
  'ui',
  {
    language: 'Language',
  },
  {
    language: 'Язык',
  },
);
