import { defineMessages, plural } from '@/shared/i18n/messages';

/** Words of the shared building blocks: panels, dialogs, fields, badges. */
export const uiMessages = defineMessages(
  'ui',
  {
    language: 'Language',
    admissibility: {
      title: 'Admissibility',
      allPass: (total: number) =>
        `All ${total} checks pass: the complaint looks complete and admissible. If you disagree with it, the grounds are about the goods themselves (for example that they are genuine or that you are authorised).`,
      someFail: (failed: number, total: number, reviewer: boolean) =>
        `${failed} of ${total} checks fail. A complaint that is incomplete or of a kind the marketplace does not review can be answered with a counter-notice${reviewer ? '' : ': the failed checks below are your grounds'}.`,
      checks: 'Admissibility checks',
      passed: 'Passed',
      failed: 'Failed',
      ground: 'Ground for a counter-notice:',
      noGround: 'Not a ground on its own: the marketplace asks the complainant for what is missing.',
      rule: 'Rule:',
    },
  },
  {
    language: 'Язык',
    admissibility: {
      title: 'Допустимость жалобы',
      allPass: (total: number) =>
        `Все проверки пройдены (${total}): жалоба выглядит полной и допустимой. Если вы с ней не согласны, основания касаются самих товаров (например, что они оригинальные или что у вас есть разрешение правообладателя).`,
      someFail: (failed: number, total: number, reviewer: boolean) =>
        `${plural(failed, {
          one: `Не пройдена # проверка из ${total}.`,
          few: `Не пройдены # проверки из ${total}.`,
          many: `Не пройдено # проверок из ${total}.`,
          other: `Не пройдено # проверки из ${total}.`,
        })} На неполную жалобу или жалобу, которую маркетплейс не рассматривает, можно ответить встречным уведомлением${reviewer ? '' : ': непройденные проверки ниже и есть ваши основания'}.`,
      checks: 'Проверки допустимости',
      passed: 'Пройдена',
      failed: 'Не пройдена',
      ground: 'Основание для встречного уведомления:',
      noGround: 'Само по себе не основание: маркетплейс запросит у заявителя то, чего не хватает.',
      rule: 'Правило:',
    },
  },
);
