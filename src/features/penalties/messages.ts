import { defineMessages, plural, type PluralForms } from '@/shared/i18n/messages';
import { formatCount } from '@/shared/lib/format';

/** Russian forms: "1 балл, 2 балла, 5 баллов" and, after "не более", "из", "в течение", the genitive. */
const POINTS: PluralForms = { one: '# балл', few: '# балла', many: '# баллов', other: '# балла' };
const POINTS_GENITIVE: PluralForms = { one: '# балла', few: '# баллов', many: '# баллов', other: '# балла' };
const DAYS_GENITIVE: PluralForms = { one: '# дня', few: '# дней', many: '# дней', other: '# дня' };

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('ru') + text.slice(1);
}

/** Ends a sentence with a full stop, unless it already ends with one (a Russian date does: "3 мар. 2027 г."). */
function fullStop(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/**
 * The strikes and penalty pages: the standing, the counting rules, the chart, the what-if, the ledger and the
 * appeal form. Thresholds, strike consequences and penalty kinds are keyed as the rules in
 * `src/domain/penalties/rules.ts` define them; the English ones are the rules' own words.
 */
export const penaltiesMessages = defineMessages(
  'penalties',
  {
    kinds: {
      prohibited_item: 'Prohibited or restricted item',
      ip_general: 'General IP infringement',
      ip_serious: 'Serious IP infringement',
      evasion: 'Evading the checks',
      conduct: 'Seller conduct',
    },
    strikesOf: (strikes: number, of: number) => `${strikes} of ${of}`,
    accountClosed: 'Account closed',
    noRestrictions: 'No restrictions',

    page: {
      title: 'Strikes and points',
      description:
        'Every penalty on your shop: what it was for, the clause, the points it counts for after the caps, and when they fall off.',
      chart: 'Your points over two years',
      ledgerHeading: 'Penalty records',
      emptyTitle: 'No penalty records',
      emptyBody: 'Your shop has never had a penalty. Keep it that way with the checker before you publish.',
      tableCaption: 'Penalty records, newest first',
      columns: {
        issued: 'Issued (UTC day)',
        whatFor: 'What for',
        rule: 'Rule and clause',
        points: 'Points',
        status: 'Status',
        expiry: 'Expiry',
        appeal: 'Appeal',
      },
    },

    summary: {
      label: 'Your standing',
      pointsNow: 'Points counted now',
      capped: (issued: number, takenOff: number) =>
        `${formatCount(issued)} issued; the caps and grouping take off ${formatCount(takenOff)}.`,
      uncapped: 'Every point issued counts: no cap applied.',
      band: 'Band',
      toNext: (points: number, label: string) =>
        `${plural(points, { one: '# more point', other: '# more points' }, 'en')} to “${label}”.`,
      lastThreshold: 'The last threshold is reached.',
      strikes: 'Serious IP strikes',
      nextStrike: (consequence: string) => `The next one: ${consequence.toLowerCase()}.`,
      closed: 'The account is closed.',
      nextExpiry: 'Next points to fall off',
      expiryOn: (points: number, date: string) => `${formatCount(points)} on ${date}`,
      belowBandFrom: (label: string, date: string) => `Below “${label}” from ${date}.`,
      /** `relative` is "in 5 days" as the interface language writes it. */
      inTime: (relative: string) => `In ${relative.replace(/^in /, '')}.`,
      nothingCounting: 'Nothing counting',
    },

    rules: {
      title: 'How your total is counted',
      dailyCap: 'No single day adds more than 12 points, unless a 48-point penalty is issued that day.',
      generalIpCap: 'General IP infringements issued on one day add up to at most 6 points.',
      grouping: 'Serious IP infringements within 3 days of the first one count as a single strike.',
      appliedTo: (records: number) => `Applied to ${records} of your records.`,
      notApplied: 'Not applied to you.',
      expiry: 'Points count for 365 days from the penalty, then fall off. Days are marketplace days in UTC.',
      strikes: (consequences: readonly string[]) =>
        `Three serious strikes close the account: ${consequences.join('; ').toLowerCase()}.`,
      thresholds: 'Thresholds',
      points: 'Points',
      whatHappens: 'What happens',
      you: 'You',
      youAreHere: 'You are here',
      passed: 'Passed',
      away: (points: number) => `${formatCount(points)} away`,
    },

    /** Why a record counts for less than its face value. `day` is a date with "(UTC)" after it. */
    adjustments: {
      dailyCap: (dayTotal: number, day: string, cap: number) =>
        `${formatCount(dayTotal)} points were issued on ${day}; one day adds at most ${cap}, so this record counts for less.`,
      generalIpCap: (dayTotal: number, day: string, cap: number) =>
        `General IP infringements on ${day} came to ${formatCount(dayTotal)} points; together they count for at most ${cap}.`,
      grouping: (first: string, days: number) =>
        `Counted as one strike with the serious infringement of ${first}: serious infringements within ${days} days of the first one count once.`,
    },

    counted: {
      strikeIfEstablished: 'A strike if established',
      noStrike: 'No strike',
      sameStrike: 'Same strike',
      strikeExpired: 'Strike (expired)',
      strike: 'Strike',
      partly: (counted: number, points: number) => `${formatCount(counted)} of ${formatCount(points)}`,
    },

    expiry: {
      never: 'Never counts',
      wouldCount: (date: string) => `Would count until ${date} once established`,
      expired: (date: string) => `Expired ${date}`,
      toExpiry: 'to expiry',
      expiredWord: 'Expired',
    },

    appealCell: {
      appeal: 'Appeal',
      thisPenalty: ' this penalty',
      seeAppeal: 'See the appeal',
      windowClosed: (date: string) => `Window closed ${date}`,
    },

    chart: {
      title: 'Points total over the past year and the coming year',
      summary: (now: number, highest: number, changes: number, from: string, to: string) =>
        `Points now: ${formatCount(now)}. Highest in the two years shown: ${formatCount(highest)}. ${plural(changes, { one: '# change', other: '# changes' }, 'en')} between ${from} and ${to}.`,
      summaryWhatIf: (now: number, highest: number) =>
        ` With the what-if: ${formatCount(now)} now, highest ${formatCount(highest)}.`,
      today: 'Today',
      legendCounted: 'Points counted (dashed after today: if nothing new is issued)',
      legendWhatIf: 'With the what-if applied',
      legendThresholds: 'Thresholds',
      showTable: 'Show the figures as a table',
      tableCaption: 'Points total after each change',
      from: 'From',
      points: 'Points',
      expected: ' (expected)',
    },

    whatIf: {
      title: 'What if…',
      intro:
        'Tick what might happen next and see the total, the band and the dates change. Nothing is sent; the scenario is kept in the page address so you can share it.',
      item: (summary: string, points: number) => `${summary} (${formatCount(points)} pts)`,
      appealOpenUntil: (date: string) => `Appeal open until ${date}`,
      appealUnderReview: 'Appeal under review',
      issued: (date: string) => `Issued ${date}`,
      complaintFrom: (rightsOwner: string) => `Complaint from ${rightsOwner}`,
      seriousNote: 'Serious: one more strike',
      generalNote: (points: number) => `General: ${points} points, issued today`,
      groups: {
        appeal: { legend: 'An appeal succeeds', empty: 'No counting record can still be appealed.' },
        establish: { legend: 'A pending penalty is established', empty: 'No pending penalty.' },
        uphold: { legend: 'A complaint is upheld', empty: 'No open complaint.' },
      },
      caption: 'Your standing now and with the what-if applied',
      now: 'Now',
      withWhatIf: 'With the what-if',
      points: 'Points',
      band: 'Band',
      strikes: 'Serious strikes',
      outOfBand: 'Out of this band on',
      allGone: 'All points gone on',
      changed: ' (changed)',
      note: 'Dates assume no new penalty. An upheld complaint is counted as if decided today.',
      clear: 'Clear the what-if',
    },

    penalty: {
      notFound: 'Penalty not found',
      noSuchPenalty: 'There is no such penalty on your shop',
      back: 'Back to strikes and points',
      issued: (kind: string, date: string) => `${kind} · issued ${date}`,
      allRecords: 'All records',
      whatFor: 'What it was for',
      source: 'Source',
      rule: 'Rule',
      clause: 'Clause',
      type: 'Type',
      seriousType: 'Serious: counterfeit or pirated goods. Counted as a strike; three close the account.',
      generalType: 'General: a mark or work used unfairly in the listing text.',
      points: 'Points',
      seeWhatIf: 'See what it would do to your total if it is established',
      pending: 'Pending: it does not count until it is established.',
      reversed: 'Reversed: it never counts.',
      expiredOn: (date: string) => `Expired on ${date}.`,
      countsUntil: 'Counts until it expires: ',
    },

    appeal: {
      title: 'Appeal',
      sent: (sent: string, decided: string | null) => `Sent ${sent}${decided ? `, decided ${decided}` : ''}.`,
      fromVault: ' (from the vault)',
      pendingUnderReview: 'The penalty stays pending and does not count while the appeal is reviewed.',
      countingUnderReview:
        'The points keep counting while the appeal is reviewed; if it is upheld they come off.',
      heading: 'Appeal this penalty',
      timeLeft: 'Time left to appeal:',
      window: 'You can appeal within 7 days of the penalty, once.',
      windowClosed: (date: string) => `The 7-day appeal window closed on ${date}.`,
      notAppealable: {
        reversed: 'This penalty was reversed. There is nothing to appeal.',
        expired: 'This penalty has expired. There is nothing to appeal.',
      },
      alreadySent: 'An appeal was sent for this penalty.',
    },

    form: {
      restored: 'Your unsent appeal was restored from this browser.',
      discard: 'Discard the draft',
      notSentBecause: 'The appeal was not sent:',
      notSent: 'The appeal was not sent.',
      keptTryAgain: 'Your text is kept; try again.',
      kept: 'Your text is kept in this browser.',
      reason: 'Why the penalty is wrong',
      reasonHint: 'Say what the item really is and why the rule does not apply. At least 20 characters.',
      length: (used: number) => `${used} / 5,000`,
      documents: 'Supporting documents (optional)',
      documentsHint: 'Photos of the product, an invoice from your supplier, an authorisation letter.',
      once: 'One appeal per penalty: check it before you send. The draft is saved in this browser as you type.',
      sending: 'Sending…',
      send: 'Send the appeal',
      errors: {
        reasonShort: 'Explain the appeal in at least 20 characters.',
        reasonLong: 'Keep the reason to 5,000 characters or fewer.',
        tooManyDocuments: 'Attach at most 10 documents.',
        fileNameLong: 'Keep the file name to 200 characters or fewer.',
      },
    },
  },
  {
    kinds: {
      prohibited_item: 'Запрещённый или ограниченный товар',
      ip_general: 'Обычное нарушение прав на ИС',
      ip_serious: 'Серьёзное нарушение прав на ИС',
      evasion: 'Обход проверок',
      conduct: 'Поведение продавца',
    },
    strikesOf: (strikes: number, of: number) => `${strikes} из ${of}`,
    accountClosed: 'Аккаунт закрыт',
    noRestrictions: 'Без ограничений',

    page: {
      title: 'Нарушения и баллы',
      description:
        'Все взыскания вашего магазина: за что они наложены, пункт правил, сколько баллов засчитано с учётом лимитов и когда они сгорят.',
      chart: 'Ваши баллы за два года',
      ledgerHeading: 'Взыскания',
      emptyTitle: 'Взысканий нет',
      emptyBody:
        'У вашего магазина ещё не было ни одного взыскания. Проверяйте товары перед публикацией, чтобы так и оставалось.',
      tableCaption: 'Взыскания, сначала новые',
      columns: {
        issued: 'Выдано (день по UTC)',
        whatFor: 'За что',
        rule: 'Правило и пункт',
        points: 'Баллы',
        status: 'Статус',
        expiry: 'Срок действия',
        appeal: 'Апелляция',
      },
    },

    summary: {
      label: 'Ваше положение',
      pointsNow: 'Засчитано баллов сейчас',
      capped: (issued: number, takenOff: number) =>
        `Начислено ${formatCount(issued)}; лимиты и объединение нарушений снимают ${plural(takenOff, POINTS, 'ru')}.`,
      uncapped: 'Засчитан каждый начисленный балл: лимиты не применялись.',
      band: 'Уровень',
      toNext: (points: number, label: string) => `Ещё ${plural(points, POINTS, 'ru')} до уровня «${label}».`,
      lastThreshold: 'Достигнут последний порог.',
      strikes: 'Серьёзные нарушения прав на ИС',
      nextStrike: (consequence: string) => `Следующее: ${consequence.toLowerCase()}.`,
      closed: 'Аккаунт закрыт.',
      nextExpiry: 'Ближайшее сгорание баллов',
      expiryOn: (points: number, date: string) => `${plural(points, POINTS, 'ru')} — ${date}`,
      belowBandFrom: (label: string, date: string) => fullStop(`Ниже уровня «${label}» с ${date}`),
      inTime: (relative: string) => `${capitalise(relative)}.`,
      nothingCounting: 'Баллов не засчитано',
    },

    rules: {
      title: 'Как считается ваша сумма баллов',
      dailyCap:
        'За один день начисляется не более 12 баллов, если в этот день не выдано взыскание на 48 баллов.',
      generalIpCap: 'Обычные нарушения прав на ИС, выданные за один день, дают в сумме не более 6 баллов.',
      grouping:
        'Серьёзные нарушения прав на ИС в течение 3 дней после первого засчитываются как одно нарушение.',
      appliedTo: (records: number) => `Применено к ${records} из ваших записей.`,
      notApplied: 'К вам не применялось.',
      expiry:
        'Баллы действуют 365 дней с момента взыскания, затем сгорают. Дни считаются по времени площадки (UTC).',
      strikes: (consequences: readonly string[]) =>
        `Три серьёзных нарушения закрывают аккаунт: ${consequences.join('; ').toLowerCase()}.`,
      thresholds: 'Пороги',
      points: 'Баллы',
      whatHappens: 'Что происходит',
      you: 'Вы',
      youAreHere: 'Вы здесь',
      passed: 'Пройден',
      away: (points: number) => `Ещё ${plural(points, POINTS, 'ru')}`,
    },

    adjustments: {
      dailyCap: (dayTotal: number, day: string, cap: number) =>
        `${capitalise(day)} ${plural(dayTotal, { one: 'начислен # балл', few: 'начислено # балла', many: 'начислено # баллов', other: 'начислено # балла' }, 'ru')}; за один день засчитывается не более ${plural(cap, POINTS_GENITIVE, 'ru')}, поэтому эта запись засчитана не полностью.`,
      generalIpCap: (dayTotal: number, day: string, cap: number) =>
        `Обычные нарушения прав на ИС за ${day} дали в сумме ${plural(dayTotal, POINTS, 'ru')}; вместе они дают не более ${plural(cap, POINTS_GENITIVE, 'ru')}.`,
      grouping: (first: string, days: number) =>
        `Засчитано как одно нарушение вместе с серьёзным нарушением от ${first}: серьёзные нарушения в течение ${plural(days, DAYS_GENITIVE, 'ru')} после первого засчитываются один раз.`,
    },

    counted: {
      strikeIfEstablished: 'Нарушение, если подтвердится',
      noStrike: 'Не засчитано',
      sameStrike: 'То же нарушение',
      strikeExpired: 'Нарушение (срок истёк)',
      strike: 'Нарушение',
      partly: (counted: number, points: number) => `${formatCount(counted)} из ${formatCount(points)}`,
    },

    expiry: {
      never: 'Не засчитывается',
      wouldCount: (date: string) => `После подтверждения действовало бы до ${date}`,
      expired: (date: string) => `Истекло ${date}`,
      toExpiry: 'до истечения срока',
      expiredWord: 'Истекло',
    },

    appealCell: {
      appeal: 'Обжаловать',
      thisPenalty: ' это взыскание',
      seeAppeal: 'Открыть апелляцию',
      windowClosed: (date: string) => `Срок подачи истёк ${date}`,
    },

    chart: {
      title: 'Сумма баллов за прошедший и следующий год',
      summary: (now: number, highest: number, changes: number, from: string, to: string) =>
        `Баллов сейчас: ${formatCount(now)}. Максимум за показанные два года: ${formatCount(highest)}. С ${from} по ${to} ${plural(changes, { one: 'было # изменение', few: 'было # изменения', many: 'было # изменений', other: 'было # изменения' }, 'ru')}.`,
      summaryWhatIf: (now: number, highest: number) =>
        ` С учётом сценария «что если»: сейчас ${formatCount(now)}, максимум ${formatCount(highest)}.`,
      today: 'Сегодня',
      legendCounted: 'Засчитанные баллы (пунктиром после сегодняшнего дня — если не будет новых взысканий)',
      legendWhatIf: 'С учётом сценария «что если»',
      legendThresholds: 'Пороги',
      showTable: 'Показать данные таблицей',
      tableCaption: 'Сумма баллов после каждого изменения',
      from: 'С даты',
      points: 'Баллы',
      expected: ' (ожидается)',
    },

    whatIf: {
      title: 'Что если…',
      intro:
        'Отметьте, что может произойти дальше, и посмотрите, как изменятся сумма баллов, уровень и даты. Ничего не отправляется; сценарий хранится в адресе страницы, так что им можно поделиться.',
      item: (summary: string, points: number) => `${summary} (${plural(points, POINTS, 'ru')})`,
      appealOpenUntil: (date: string) => `Апелляцию можно подать до ${date}`,
      appealUnderReview: 'Апелляция на рассмотрении',
      issued: (date: string) => `Выдано ${date}`,
      complaintFrom: (rightsOwner: string) => `Жалоба от ${rightsOwner}`,
      seriousNote: 'Серьёзная: ещё одно нарушение',
      generalNote: (points: number) => `Обычная: ${plural(points, POINTS, 'ru')}, начисление сегодня`,
      groups: {
        appeal: {
          legend: 'Апелляция удовлетворена',
          empty: 'Ни одну засчитанную запись уже нельзя обжаловать.',
        },
        establish: {
          legend: 'Взыскание на рассмотрении подтверждено',
          empty: 'Взысканий на рассмотрении нет.',
        },
        uphold: { legend: 'Жалоба удовлетворена', empty: 'Открытых жалоб нет.' },
      },
      caption: 'Ваше положение сейчас и с учётом сценария «что если»',
      now: 'Сейчас',
      withWhatIf: 'Если сбудется',
      points: 'Баллы',
      band: 'Уровень',
      strikes: 'Серьёзные нарушения',
      outOfBand: 'Выход из этого уровня',
      allGone: 'Все баллы сгорят',
      changed: ' (изменилось)',
      note: 'Даты рассчитаны без новых взысканий. Удовлетворённая жалоба считается решённой сегодня.',
      clear: 'Сбросить сценарий',
    },

    penalty: {
      notFound: 'Взыскание не найдено',
      noSuchPenalty: 'У вашего магазина нет такого взыскания',
      back: 'К нарушениям и баллам',
      issued: (kind: string, date: string) => `${kind} · выдано ${date}`,
      allRecords: 'Все взыскания',
      whatFor: 'За что выдано',
      source: 'Источник',
      rule: 'Правило',
      clause: 'Пункт',
      type: 'Тип',
      seriousType:
        'Серьёзное: контрафактные или пиратские товары. Засчитывается как нарушение; три нарушения закрывают аккаунт.',
      generalType: 'Обычное: товарный знак или произведение неправомерно использованы в тексте товара.',
      points: 'Баллы',
      seeWhatIf: 'Посмотреть, как изменится сумма баллов, если взыскание подтвердится',
      pending: 'На рассмотрении: не засчитывается, пока не подтверждено.',
      reversed: 'Отменено: не засчитывается.',
      expiredOn: (date: string) => fullStop(`Срок истёк ${date}`),
      countsUntil: 'Засчитывается: ',
    },

    appeal: {
      title: 'Апелляция',
      sent: (sent: string, decided: string | null) =>
        `Отправлена ${sent}${decided ? `, решение принято ${decided}` : ''}.`,
      fromVault: ' (из хранилища)',
      pendingUnderReview:
        'Пока апелляция рассматривается, взыскание остаётся неподтверждённым и не засчитывается.',
      countingUnderReview:
        'Пока апелляция рассматривается, баллы продолжают засчитываться; если её удовлетворят, они будут сняты.',
      heading: 'Обжаловать взыскание',
      timeLeft: 'Осталось времени на апелляцию:',
      window: 'Обжаловать взыскание можно один раз в течение 7 дней.',
      windowClosed: (date: string) => fullStop(`Семидневный срок подачи апелляции истёк ${date}`),
      notAppealable: {
        reversed: 'Это взыскание отменено. Обжаловать нечего.',
        expired: 'Срок действия этого взыскания истёк. Обжаловать нечего.',
      },
      alreadySent: 'По этому взысканию уже подана апелляция.',
    },

    form: {
      restored: 'Ваша неотправленная апелляция восстановлена из этого браузера.',
      discard: 'Удалить черновик',
      notSentBecause: 'Апелляция не отправлена:',
      notSent: 'Апелляция не отправлена.',
      keptTryAgain: 'Ваш текст сохранён; попробуйте ещё раз.',
      kept: 'Ваш текст сохранён в этом браузере.',
      reason: 'Почему взыскание ошибочно',
      reasonHint:
        'Опишите, что это за товар на самом деле и почему правило к нему не относится. Не менее 20 символов.',
      length: (used: number) => `${formatCount(used)} / ${formatCount(5_000)}`,
      documents: 'Подтверждающие документы (необязательно)',
      documentsHint: 'Фотографии товара, счёт от поставщика, письмо-разрешение.',
      once: 'По каждому взысканию можно подать одну апелляцию: проверьте её перед отправкой. Черновик сохраняется в этом браузере по мере ввода.',
      sending: 'Отправляем…',
      send: 'Отправить апелляцию',
      errors: {
        reasonShort: 'Опишите основания апелляции не менее чем в 20 символах.',
        reasonLong: 'Сократите текст до 5000 символов.',
        tooManyDocuments: 'Приложите не более 10 документов.',
        fileNameLong: 'Сократите имя файла до 200 символов.',
      },
    },
  },
);

export type PenaltiesMessages = ReturnType<typeof penaltiesMessages.get>;
