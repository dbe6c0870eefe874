import { defineMessages, plural } from '@/shared/i18n/messages';

/**
 * The words around the policies and the checker rules: search, contents, headings, the rules' filters and their
 * trust record. The policies' own text and the rules' reasons and fixes stay in English.
 */
export const policiesMessages = defineMessages(
  'policies',
  {
    list: {
      title: 'Policies',
      description:
        "The marketplace's rules explained in plain words, with examples, what a breach costs, and the clauses that findings, penalties and complaints cite.",
      rules: 'Checker rules',
      search: 'Search the policies',
      hint: 'Titles, summaries, clauses and examples, e.g. “replica”, “unpaid”, “case for iPhone”.',
      matches: (n: number, query: string) =>
        `${plural(n, { one: '# policy matches', other: '# policies match' })} “${query}”.`,
      count: (n: number) => `${n} policies.`,
      none: 'No policy matches',
      tryAnother: 'Try another word, or',
      clear: 'clear the search',
      clauses: (n: number) => `${n} clauses`,
      matchingClauses: 'Matching clauses',
      matchingExamples: 'Matching examples',
      allowed: 'Allowed: ',
      notAllowed: 'Not allowed: ',
    },
    policy: {
      allowed: 'Allowed',
      notAllowed: 'Not allowed',
      enforcedBy: 'Rules that enforce this',
      points: (n: number) => `(${plural(n, { one: '# pt', other: '# pts' })})`,
      ledger: 'See your ledger',
      followed: 'The clause you followed a link to',
      contents: 'Contents',
      atAGlance: 'At a glance',
      whatChanged: (date: string) => `What changed on ${date}`,
      source: (source: string) =>
        `Source: ${source}. Explained in our own words; the clause numbers are ours.`,
      breach: 'What a breach costs: ',
      versions: (before: string, after: string) =>
        `The sources hold two versions: the text of ${before} and the one in force from ${after}. Clause by clause:`,
      differences: (before: string, after: string) =>
        `Differences between the ${before} and ${after} versions`,
      clause: 'Clause',
      change: { added: 'added', changed: 'changed', removed: 'removed' },
    },
    rules: {
      title: 'Checker rules',
      description:
        'What the listing checker looks for, rule by rule: the clause each enforces, the points at stake, and wording it flags and leaves alone.',
      policies: 'All policies',
      filter: 'Filter the rules',
      order: 'Order',
      byCategory: 'By category',
      leastTrusted: 'Least trusted first',
      shown: (shown: number, total: number, leastTrusted: boolean) =>
        `${shown} of ${total} rules${leastTrusted ? ', least trusted first' : ''}.`,
      reviewOnlyCount: (n: number) => ` ${n} in review only.`,
      none: 'No rule matches',
      tryAnother: 'Try another word.',
      /** Rule categories as headings; English keeps the codes' own wording. */
      categories: {
        prohibited: 'Prohibited',
        restricted: 'Restricted',
        ip: 'Ip',
        content: 'Content',
        'search-abuse': 'Search abuse',
        evasion: 'Evasion',
        brand: 'Brand',
      } as Record<string, string>,
      atStake: (n: number) => `${plural(n, { one: '# point', other: '# points' })} at stake`,
      noPoints: 'No points',
      whatToDo: 'What to do: ',
      clause: 'Clause: ',
      flags: 'Flags, for example',
      leaves: 'Leaves alone, for example',
      terms: (n: number) => `Looks for ${n} words and phrases in English and Russian, also when disguised.`,
      whole: 'Worked out from the listing as a whole rather than a word list.',
      yourListings: 'Your listings it flags',
    },
    trust: {
      levels: {
        none: 'No record yet',
        often_wrong: 'Often wrong',
        too_few: 'Too few decisions',
        trusted: 'Trusted',
        mixed: 'Mixed',
      },
      explanations: {
        none: 'No reviewer has decided an item this rule flagged.',
        often_wrong: 'Reviewers overturned most of what this rule flagged.',
        too_few: (min: number) => `Fewer than ${min} decisions: too few to judge the rule.`,
        trusted: 'Reviewers upheld at least 9 in 10 of its findings.',
        mixed: 'Reviewers upheld some of its findings and overturned others.',
      },
      record: 'Record:',
      decisions: (upheld: number, overturned: number) => `${upheld} upheld, ${overturned} overturned`,
      rate: (rate: string) => ` (${rate} upheld)`,
      open: (n: number) => plural(n, { one: '# open item', other: '# open items' }),
    },
    mode: {
      labels: { enforce: 'Enforce', review_only: 'Review only' },
      reviewOnlyLine: 'Its findings go to a person and do not block a listing.',
      mode: 'Mode:',
      setBy: (name: string, when: string, reason: string) => `set by ${name}, ${when}: “${reason}”`,
      saving: 'Saving…',
      toReviewOnly: 'Switch to review only',
      toEnforce: 'Enforce again',
      askReviewOnly: (rule: string) => `Put ${rule} in review only?`,
      askEnforce: (rule: string) => `Enforce ${rule} again?`,
      explainReviewOnly:
        'Its findings will still go to the review queue, but will no longer block listings. The listings it flags are checked again now.',
      explainEnforce:
        'Its blocking findings will block listings again; live listings it blocks will wait for a reviewer. The listings it flags are checked again now.',
      reason: 'Reason (goes on the audit log)',
      reasonTooShort: 'Say why, in at least 5 characters: the reason goes on the audit log.',
      confirmReviewOnly: 'Confirm: review only',
      confirmEnforce: 'Confirm: enforce',
      cancel: 'Cancel',
      done: (rule: string, reviewOnly: boolean, rechecked: number, changed: number) =>
        `${rule} is now ${reviewOnly ? 'review only' : 'enforce'}. ${plural(rechecked, {
          one: '# stored listing',
          other: '# stored listings',
        })} checked again, ${plural(changed, { one: '# verdict', other: '# verdicts' })} changed.`,
      failed: (message: string, wasEnforced: boolean) =>
        `The mode was not changed: ${message} ${wasEnforced ? 'The rule is still enforced.' : 'The rule is still in review only.'}`,
    },
  },
  {
    list: {
      title: 'Правила',
      description:
        'Правила маркетплейса простыми словами: с примерами, ценой нарушения и пунктами, на которые ссылаются замечания проверки, взыскания и жалобы.',
      rules: 'Правила проверки',
      search: 'Поиск по правилам',
      hint: 'Названия, краткие описания, пункты и примеры, например «replica», «unpaid», «case for iPhone».',
      matches: (n: number, query: string) =>
        `${plural(n, {
          one: 'Запросу «{q}» соответствует # документ.',
          few: 'Запросу «{q}» соответствуют # документа.',
          many: 'Запросу «{q}» соответствуют # документов.',
          other: 'Запросу «{q}» соответствуют # документа.',
        }).replace('{q}', () => query)}`,
      count: (n: number) =>
        plural(n, { one: '# документ.', few: '# документа.', many: '# документов.', other: '# документа.' }),
      none: 'Ничего не найдено',
      tryAnother: 'Попробуйте другое слово или',
      clear: 'очистите поиск',
      clauses: (n: number) =>
        plural(n, { one: '# пункт', few: '# пункта', many: '# пунктов', other: '# пункта' }),
      matchingClauses: 'Подходящие пункты',
      matchingExamples: 'Подходящие примеры',
      allowed: 'Можно: ',
      notAllowed: 'Нельзя: ',
    },
    policy: {
      allowed: 'Можно',
      notAllowed: 'Нельзя',
      enforcedBy: 'Правила проверки по этому пункту',
      points: (n: number) =>
        `(${plural(n, { one: '# балл', few: '# балла', many: '# баллов', other: '# балла' })})`,
      ledger: 'Посмотреть ваши штрафные баллы',
      followed: 'Пункт, на который вела ссылка',
      contents: 'Содержание',
      atAGlance: 'Коротко',
      whatChanged: (date: string) => `Что изменилось ${date}`,
      source: (source: string) => `Источник: ${source}. Пересказано своими словами; нумерация пунктов наша.`,
      breach: 'Чем грозит нарушение: ',
      versions: (before: string, after: string) =>
        `В источниках две редакции: текст от ${before} и действующий с ${after}. По пунктам:`,
      differences: (before: string, after: string) => `Различия между редакциями от ${before} и от ${after}`,
      clause: 'Пункт',
      change: { added: 'добавлен', changed: 'изменён', removed: 'удалён' },
    },
    rules: {
      title: 'Правила проверки',
      description:
        'Что ищет проверка товаров, правило за правилом: какой пункт оно применяет, сколько баллов грозит, какие формулировки отмечает и какие пропускает.',
      policies: 'Все правила',
      filter: 'Фильтр правил',
      order: 'Порядок',
      byCategory: 'По категориям',
      leastTrusted: 'Сначала наименее надёжные',
      shown: (shown: number, total: number, leastTrusted: boolean) =>
        `Показано правил: ${shown} из ${total}${leastTrusted ? ', сначала наименее надёжные' : ''}.`,
      reviewOnlyCount: (n: number) => ` В режиме «Только проверка»: ${n}.`,
      none: 'Ни одно правило не подходит',
      tryAnother: 'Попробуйте другое слово.',
      categories: {
        prohibited: 'Запрещённые товары',
        restricted: 'Товары с ограничениями',
        ip: 'Интеллектуальная собственность',
        content: 'Содержание карточки',
        'search-abuse': 'Манипуляции с поиском',
        evasion: 'Обход правил',
        brand: 'Бренды',
      },
      atStake: (n: number) =>
        `Под угрозой ${plural(n, {
          one: '# штрафной балл',
          few: '# штрафных балла',
          many: '# штрафных баллов',
          other: '# штрафного балла',
        })}`,
      noPoints: 'Без штрафных баллов',
      whatToDo: 'Что сделать: ',
      clause: 'Пункт: ',
      flags: 'Отмечает, например',
      leaves: 'Пропускает, например',
      terms: (n: number) =>
        `${plural(n, {
          one: 'Ищет # слово или фразу',
          few: 'Ищет # слова и фразы',
          many: 'Ищет # слов и фраз',
          other: 'Ищет # слова и фразы',
        })} на английском и русском, в том числе замаскированные.`,
      whole: 'Оценивает товар целиком, а не по списку слов.',
      yourListings: 'Ваши товары, которые оно отмечает',
    },
    trust: {
      levels: {
        none: 'Истории пока нет',
        often_wrong: 'Часто ошибается',
        too_few: 'Мало решений',
        trusted: 'Надёжное',
        mixed: 'Неоднозначное',
      },
      explanations: {
        none: 'Проверяющие ещё не приняли ни одного решения по срабатываниям этого правила.',
        often_wrong: 'Проверяющие отменили большую часть срабатываний этого правила.',
        too_few: (min: number) =>
          `${plural(min, {
            one: 'Меньше # решения',
            few: 'Меньше # решений',
            many: 'Меньше # решений',
            other: 'Меньше # решения',
          })}: слишком мало, чтобы судить о правиле.`,
        trusted: 'Проверяющие подтвердили не менее 9 из 10 его срабатываний.',
        mixed: 'Проверяющие подтвердили часть его срабатываний, а остальные отменили.',
      },
      record: 'История:',
      decisions: (upheld: number, overturned: number) => `подтверждено: ${upheld}, отменено: ${overturned}`,
      rate: (rate: string) => ` (подтверждено ${rate})`,
      open: (n: number) =>
        plural(n, {
          one: '# открытый элемент',
          few: '# открытых элемента',
          many: '# открытых элементов',
          other: '# открытого элемента',
        }),
    },
    mode: {
      labels: { enforce: 'Применяется', review_only: 'Только проверка' },
      reviewOnlyLine: 'Его срабатывания передаются проверяющему и не блокируют товар.',
      mode: 'Режим:',
      setBy: (name: string, when: string, reason: string) => `изменил(а) ${name}, ${when}: «${reason}»`,
      saving: 'Сохраняем…',
      toReviewOnly: 'Перевести в «Только проверка»',
      toEnforce: 'Снова применять',
      askReviewOnly: (rule: string) => `Перевести ${rule} в режим «Только проверка»?`,
      askEnforce: (rule: string) => `Снова применять ${rule}?`,
      explainReviewOnly:
        'Его срабатывания по-прежнему попадут в очередь проверки, но больше не будут блокировать товары. Товары, которые оно отмечает, будут проверены заново прямо сейчас.',
      explainEnforce:
        'Его блокирующие срабатывания снова будут блокировать товары; опубликованные товары, которые оно блокирует, будут ждать решения проверяющего. Товары, которые оно отмечает, будут проверены заново прямо сейчас.',
      reason: 'Причина (попадёт в журнал аудита)',
      reasonTooShort: 'Укажите причину, не короче 5 символов: она попадёт в журнал аудита.',
      confirmReviewOnly: 'Подтвердить: только проверка',
      confirmEnforce: 'Подтвердить: применять',
      cancel: 'Отмена',
      done: (rule: string, reviewOnly: boolean, rechecked: number, changed: number) =>
        `Правило ${rule} теперь в режиме «${reviewOnly ? 'Только проверка' : 'Применяется'}». ${plural(
          rechecked,
          {
            one: 'Заново проверен # сохранённый товар',
            few: 'Заново проверены # сохранённых товара',
            many: 'Заново проверено # сохранённых товаров',
            other: 'Заново проверено # сохранённого товара',
          },
        )}, ${plural(changed, {
          one: 'изменился # итог',
          few: 'изменились # итога',
          many: 'изменилось # итогов',
          other: 'изменилось # итога',
        })}.`,
      failed: (message: string, wasEnforced: boolean) =>
        `Режим не изменён: ${message} ${wasEnforced ? 'Правило по-прежнему применяется.' : 'Правило по-прежнему в режиме «Только проверка».'}`,
    },
  },
);
