import { defineMessages } from '@/shared/i18n/messages';

/** What the API client says itself, when the server's own words are missing, and the evidence pickers' labels. */
export const apiMessages = defineMessages(
  'api',
  {
    timeout: 'The server took too long to answer. Try again.',
    network: 'Could not reach the server. Check your connection and try again.',
    contract: (method: string, path: string) =>
      `The server's answer to ${method} ${path} did not match the contract.`,
    http: (status: number) => `The server answered ${status}.`,
    vaultTypes: {
      trademark_certificate: 'Trademark certificate',
      licence: 'Licence',
      authorisation_letter: 'Authorisation letter',
      purchase_invoice: 'Purchase invoice',
      other: 'Other document',
    },
    /** A vault document's status, as the evidence pickers show it after its brands. */
    vaultStatus: {
      verified: 'verified',
      pending: 'pending',
      expired: 'expired',
      rejected: 'rejected',
      withdrawn: 'withdrawn',
    },
  },
  {
    timeout: 'Сервер слишком долго не отвечал. Попробуйте ещё раз.',
    network: 'Не удалось связаться с сервером. Проверьте подключение и попробуйте ещё раз.',
    contract: (method: string, path: string) =>
      `Ответ сервера на ${method} ${path} не соответствует контракту API.`,
    http: (status: number) => `Сервер ответил кодом ${status}.`,
    vaultTypes: {
      trademark_certificate: 'Свидетельство на товарный знак',
      licence: 'Лицензия',
      authorisation_letter: 'Авторизационное письмо',
      purchase_invoice: 'Документ о закупке',
      other: 'Другой документ',
    },
    vaultStatus: {
      verified: 'подтверждён',
      pending: 'на проверке',
      expired: 'срок истёк',
      rejected: 'отклонён',
      withdrawn: 'отозван',
    },
  },
);
