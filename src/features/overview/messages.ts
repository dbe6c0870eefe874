import { defineMessages, plural } from '@/shared/i18n/messages';
import { formatCount } from '@/shared/lib/format';

/** The seller's overview: one figure per area, each with a line of detail. */
export const overviewMessages = defineMessages(
  'overview',
  {
    title: (shopName: string) => `${shopName}: account standing`,
    description:
      'Your points, strikes, flagged listings and complaints at a glance. Each figure opens the list behind it.',
    figures: 'Standing figures',
    points: {
      label: 'Active penalty points',
      band: (label: string) => `${label}.`,
      noRestrictions: 'No restrictions.',
      toNext: (points: number, label: string) => `${formatCount(points)} more to “${label}”.`,
      lastThreshold: 'The last threshold is reached.',
      expire: (points: number, relative: string, date: string) =>
        `${formatCount(points)} expire ${relative} (${date}).`,
    },
    strikes: {
      label: 'Serious IP infringements',
      value: (strikes: number, of: number) => `${strikes} of ${of}`,
      closesAt: (strikes: number) => `The account closes at ${strikes}.`,
    },
    complaints: {
      label: 'Open IP complaints',
      nextDue: (relative: string, dateTime: string) => `Next answer due ${relative} (${dateTime}).`,
      none: 'Nothing to answer.',
    },
    blocked: { label: 'Blocked listings', detail: 'The checker found a banned item or wording.' },
    warned: { label: 'Listings with warnings', detail: 'Need a fix or an authorisation.' },
    allListings: 'All listings',
    documents: {
      label: 'Brand documents',
      verified: (count: number) => `${formatCount(count)} verified`,
      expiring: (count: number, which: string) =>
        `${count} expire${count === 1 ? 's' : ''} within 30 days: ${which}. Renew before the brands lose cover.`,
      expiringOne: (brands: string, date: string) => `${brands} on ${date}`,
      waiting: (count: number) => `${formatCount(count)} waiting for verification.`,
      about: 'Authorisations that let you name brands in listings.',
    },
  },
  {
    title: (shopName: string) => `${shopName}: состояние аккаунта`,
    description:
      'Ваши баллы, нарушения, отмеченные товары и жалобы на одной странице. Каждый показатель открывает список, из которого он складывается.',
    figures: 'Показатели аккаунта',
    points: {
      label: 'Действующие штрафные баллы',
      band: (label: string) => `${label}.`,
      noRestrictions: 'Без ограничений.',
      toNext: (points: number, label: string) =>
        `Ещё ${plural(points, { one: '# балл', few: '# балла', many: '# баллов', other: '# балла' }, 'ru')} до уровня «${label}».`,
      lastThreshold: 'Достигнут последний порог.',
      expire: (points: number, relative: string, date: string) =>
        `${plural(points, { one: '# балл сгорит', few: '# балла сгорят', many: '# баллов сгорят', other: '# балла сгорят' }, 'ru')} ${relative} (${date}).`,
    },
    strikes: {
      label: 'Серьёзные нарушения прав на ИС',
      value: (strikes: number, of: number) => `${strikes} из ${of}`,
      closesAt: (strikes: number) =>
        plural(
          strikes,
          {
            one: 'Аккаунт закрывается при # нарушении.',
            other: 'Аккаунт закрывается при # нарушениях.',
          },
          'ru',
        ),
    },
    complaints: {
      label: 'Открытые жалобы по ИС',
      nextDue: (relative: string, dateTime: string) => `Срок следующего ответа — ${relative} (${dateTime}).`,
      none: 'Ответов не требуется.',
    },
    blocked: {
      label: 'Заблокированные товары',
      detail: 'Проверка нашла запрещённый товар или формулировку.',
    },
    warned: { label: 'Товары с предупреждениями', detail: 'Нужно исправить или получить разрешение.' },
    allListings: 'Все товары',
    documents: {
      label: 'Документы на бренды',
      verified: (count: number) => `Подтверждено: ${formatCount(count)}`,
      expiring: (count: number, which: string) =>
        `Срок действия ${plural(count, { one: '# документа', few: '# документов', many: '# документов', other: '# документа' }, 'ru')} истекает в ближайшие 30 дней: ${which}. Продлите их, пока бренды не остались без подтверждения.`,
      expiringOne: (brands: string, date: string) => `${brands} — до ${date}`,
      waiting: (count: number) => `Ждут проверки: ${formatCount(count)}.`,
      about: 'Разрешения, с которыми можно указывать бренды в товарах.',
    },
  },
);
