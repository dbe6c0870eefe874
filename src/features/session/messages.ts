import { defineMessages } from '@/shared/i18n/messages';

export const sessionMessages = defineMessages(
  'session',
  {
    title: 'Sign in to the demo',
    description:
      'Choose an account. Every page also accepts ?as=<account> in its address, so you can share a link that opens as a given account.',
    unknown: (name: string) => `There is no demo account called “${name}”. Choose one of the accounts below.`,
    roles: { seller: 'seller', reviewer: 'reviewer' },
  },
  {
    title: 'Вход в демо',
    description:
      'Выберите аккаунт. Любая страница также принимает ?as=<аккаунт> в адресе, поэтому можно поделиться ссылкой, которая откроется от имени нужного аккаунта.',
    unknown: (name: string) => `Демо-аккаунта «${name}» нет. Выберите один из аккаунтов ниже.`,
    roles: { seller: 'продавец', reviewer: 'проверяющий' },
  },
);
