import { defineMessages, plural } from '@/shared/i18n/messages';

/** The reviewer's appeals page: sellers' appeals against penalties, and the decision on each. */
export const appealsMessages = defineMessages(
  'review-appeals',
  {
    title: 'Appeals',
    description:
      'Sellers’ appeals against penalties. Upholding an appeal reverses the penalty, so its points never count; rejecting it lets the penalty stand. Each appeal is decided once.',
    waiting: (n: number) =>
      plural(n, { one: '# appeal waits for a decision.', other: '# appeals wait for a decision.' }),
    show: 'Show',
    showOpen: 'Waiting for a decision',
    showAll: 'All appeals',
    none: 'No appeal waits for a decision.',
    noneAtAll: 'No seller has appealed a penalty.',
    penalty: (points: number) => plural(points, { one: 'Penalty of # point', other: 'Penalty of # points' }),
    issued: (date: string) => `issued ${date}`,
    submitted: (date: string) => `Appealed ${date}`,
    decided: (date: string) => `decided ${date}`,
    sellerReason: 'The seller’s reason:',
    documents: 'Documents:',
    openPenalty: 'The penalty record',
    decision: 'Decision',
    uphold: 'Uphold: reverse the penalty',
    reject: 'Reject: the penalty stands',
    reason: 'Reason for the seller',
    reasonHint: 'The seller reads this with the outcome. At least 5 characters.',
    submit: 'Record the decision',
    saving: 'Recording…',
    chooseOutcome: 'Choose whether to uphold or reject the appeal.',
    reasonTooShort: 'Give a reason of at least 5 characters.',
    recorded: (outcome: 'upheld' | 'rejected', shop: string) =>
      outcome === 'upheld'
        ? `Upheld the appeal from ${shop}: the penalty is reversed.`
        : `Rejected the appeal from ${shop}: the penalty stands.`,
    failed: 'The decision was not recorded',
  },
  {
    title: 'Апелляции',
    description:
      'Апелляции продавцов на взыскания. Если апелляцию удовлетворить, взыскание отменяется и его баллы не учитываются; если отклонить — взыскание остаётся. По каждой апелляции решение принимается один раз.',
    waiting: (n: number) =>
      plural(n, {
        one: '# апелляция ждёт решения.',
        few: '# апелляции ждут решения.',
        many: '# апелляций ждут решения.',
        other: '# апелляции ждут решения.',
      }),
    show: 'Показать',
    showOpen: 'Ждут решения',
    showAll: 'Все апелляции',
    none: 'Нет апелляций, ожидающих решения.',
    noneAtAll: 'Продавцы ещё не обжаловали ни одного взыскания.',
    penalty: (points: number) =>
      plural(points, {
        one: 'Взыскание на # балл',
        few: 'Взыскание на # балла',
        many: 'Взыскание на # баллов',
        other: 'Взыскание на # балла',
      }),
    issued: (date: string) => `назначено ${date}`,
    submitted: (date: string) => `Обжаловано ${date}`,
    decided: (date: string) => `решение ${date}`,
    sellerReason: 'Довод продавца:',
    documents: 'Документы:',
    openPenalty: 'Запись о взыскании',
    decision: 'Решение',
    uphold: 'Удовлетворить: отменить взыскание',
    reject: 'Отклонить: взыскание остаётся',
    reason: 'Обоснование для продавца',
    reasonHint: 'Продавец увидит его вместе с решением. Не короче 5 символов.',
    submit: 'Записать решение',
    saving: 'Записываем…',
    chooseOutcome: 'Выберите, удовлетворить апелляцию или отклонить.',
    reasonTooShort: 'Обоснование должно быть не короче 5 символов.',
    recorded: (outcome: 'upheld' | 'rejected', shop: string) =>
      outcome === 'upheld'
        ? `Апелляция магазина «${shop}» удовлетворена: взыскание отменено.`
        : `Апелляция магазина «${shop}» отклонена: взыскание остаётся.`,
    failed: 'Решение не записано',
  },
);
