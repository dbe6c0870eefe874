import type { BrandAuthorisation } from '@/shared/api/schemas/account-data';
import { defineMessages, plural } from '@/shared/i18n/messages';

type DocumentType = BrandAuthorisation['documentType'];

const CLEARING_DOCUMENT_EN: Record<DocumentType, string> = {
  authorisation_letter: 'authorisation letter',
  trademark_certificate: 'trademark certificate',
  licence: 'licence',
  purchase_invoice: 'purchase invoice',
  other: 'other',
};
const CLEARING_DOCUMENT_RU: Record<DocumentType, string> = {
  authorisation_letter: 'письмо-разрешение',
  trademark_certificate: 'свидетельство на товарный знак',
  licence: 'лицензия',
  purchase_invoice: 'накладная',
  other: 'другой документ',
};

/** The shell's words: page titles, navigation, account menu, error pages, demo notices. */
export const appMessages = defineMessages(
  'app',
  {
    product: 'Seller compliance',
    skipToMain: 'Skip to main content',
    signedInAs: 'Signed in as',
    roleReviewer: 'compliance reviewer',
    roleSeller: 'seller',
    switchAccount: 'Switch account',
    mainNav: 'Main',
    nav: {
      overview: 'Overview',
      listings: 'Listings',
      checker: 'Checker',
      strikes: 'Strikes',
      complaints: 'Complaints',
      authorisations: 'Authorisations',
      policies: 'Policies',
      review: 'Review queue',
      appeals: 'Appeals',
      audit: 'Audit log',
      notifications: 'Notifications',
    },
    /** After the count in the navigation, for screen readers: "4 unread". */
    unreadAfterCount: (n: number) => plural(n, { one: 'unread', other: 'unread' }),
    footer: 'Demo: all data is simulated in your browser and nothing is sent anywhere.',
    booting: 'Loading the compliance dashboard…',
    titles: {
      signIn: 'Sign in',
      overview: 'Overview',
      listings: 'Listings',
      listing: 'Listing',
      checker: 'Pre-publish checker',
      strikes: 'Strikes and points',
      penalty: 'Penalty',
      complaints: 'IP complaints',
      complaint: 'IP complaint',
      policies: 'Policies',
      rules: 'Checker rules',
      policy: 'Policy',
      authorisations: 'Brand authorisations',
      notifications: 'Notifications',
      review: 'Review queue',
      reviewItem: 'Review item',
      appeals: 'Appeals',
      audit: 'Audit log',
      notFound: 'Page not found',
    },
    notFound: {
      title: 'Page not found',
      description:
        'There is nothing at this address. It may have been mistyped, or the item no longer exists.',
    },
    notAllowed: {
      title: 'Not allowed',
      description:
        'This page belongs to another role: review pages are for compliance reviewers, shop pages for sellers.',
    },
    goHome: 'Go to your home page',
    routeError: {
      title: 'This page could not load',
      panel: 'The data for this page did not arrive',
    },
    banner: {
      notices: {
        unreadable:
          'The saved demo data could not be read, so the demo started again from its original data.',
        damaged: 'The saved demo data was damaged, so the demo started again from its original data.',
        outdated:
          'The saved demo data came from an older version of the app, so the demo started again from its original data.',
        'damaged-changes':
          'Some saved demo data was damaged, so the demo started again from its original data.',
        'not-stored':
          'This browser does not let the demo save its data: changes last until you reload the page.',
      },
      dismiss: 'Dismiss',
      failuresOn: 'Failure injection is on:',
      failuresExplained: 'Calls to these parts of the API fail on purpose.',
      turnOff: 'Turn failures off',
    },
    /** A brand warning cleared by a verified document, on the listing page. */
    clearedBy: (type: DocumentType, issuer: string, until: string | null, fileName: string) =>
      `Cleared by your verified ${CLEARING_DOCUMENT_EN[type]} from ${issuer}${until ? `, valid until ${until}` : ''} (${fileName}).`,
    cannotStart: {
      title: 'The demo could not start',
      body: 'Its mocked API needs service workers, which this browser or page context does not allow. Try a current browser over http://localhost or https.',
    },
  },
  {
    product: 'Соответствие правилам для продавцов',
    skipToMain: 'Перейти к основному содержимому',
    signedInAs: 'Вы вошли как',
    roleReviewer: 'проверяющий',
    roleSeller: 'продавец',
    switchAccount: 'Сменить аккаунт',
    mainNav: 'Основное меню',
    nav: {
      overview: 'Обзор',
      listings: 'Товары',
      checker: 'Проверка',
      strikes: 'Нарушения',
      complaints: 'Жалобы',
      authorisations: 'Разрешения',
      policies: 'Правила',
      review: 'Очередь проверки',
      appeals: 'Апелляции',
      audit: 'Журнал действий',
      notifications: 'Уведомления',
    },
    unreadAfterCount: (n: number) =>
      plural(n, {
        one: 'непрочитанное',
        few: 'непрочитанных',
        many: 'непрочитанных',
        other: 'непрочитанного',
      }),
    footer: 'Демо: все данные смоделированы в вашем браузере, никуда ничего не отправляется.',
    booting: 'Загружаем панель соответствия…',
    titles: {
      signIn: 'Вход',
      overview: 'Обзор',
      listings: 'Товары',
      listing: 'Товар',
      checker: 'Проверка перед публикацией',
      strikes: 'Нарушения и баллы',
      penalty: 'Взыскание',
      complaints: 'Жалобы по ИС',
      complaint: 'Жалоба по ИС',
      policies: 'Правила',
      rules: 'Правила проверки',
      policy: 'Правило',
      authorisations: 'Разрешения брендов',
      notifications: 'Уведомления',
      review: 'Очередь проверки',
      reviewItem: 'Заявка на проверку',
      appeals: 'Апелляции',
      audit: 'Журнал действий',
      notFound: 'Страница не найдена',
    },
    notFound: {
      title: 'Страница не найдена',
      description: 'По этому адресу ничего нет. Возможно, в нём опечатка или запись больше не существует.',
    },
    notAllowed: {
      title: 'Нет доступа',
      description:
        'Эта страница для другой роли: страницы проверки — для проверяющих, страницы магазина — для продавцов.',
    },
    goHome: 'На главную',
    routeError: {
      title: 'Не удалось загрузить страницу',
      panel: 'Данные для этой страницы не пришли',
    },
    banner: {
      notices: {
        unreadable:
          'Сохранённые данные демо не удалось прочитать, поэтому демо запущено заново с исходными данными.',
        damaged: 'Сохранённые данные демо были повреждены, поэтому демо запущено заново с исходными данными.',
        outdated:
          'Сохранённые данные демо остались от прежней версии приложения, поэтому демо запущено заново с исходными данными.',
        'damaged-changes':
          'Часть сохранённых данных демо была повреждена, поэтому демо запущено заново с исходными данными.',
        'not-stored':
          'Этот браузер не даёт демо сохранять данные: изменения сохранятся только до перезагрузки страницы.',
      },
      dismiss: 'Скрыть',
      failuresOn: 'Включены сбои:',
      failuresExplained: 'Запросы к этим частям API намеренно завершаются ошибкой.',
      turnOff: 'Выключить сбои',
    },
    clearedBy: (type: DocumentType, issuer: string, until: string | null, fileName: string) =>
      `Снято вашим подтверждённым документом (${CLEARING_DOCUMENT_RU[type]}) от ${issuer}${until ? `, действует до ${until}` : ''} (${fileName}).`,
    cannotStart: {
      title: 'Демо не запустилось',
      body: 'Имитации API нужны service worker, а этот браузер или контекст страницы их не разрешает. Откройте страницу в современном браузере по http://localhost или https.',
    },
  },
);

export type TitleKey = keyof ReturnType<typeof appMessages.get>['titles'];
