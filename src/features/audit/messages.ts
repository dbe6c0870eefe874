import { defineMessages, plural } from '@/shared/i18n/messages';

/** The audit log page. Its CSV export keeps English column names: they are a file format, not interface. */
export const auditMessages = defineMessages(
  'audit',
  {
    title: 'Audit log',
    description:
      'Every decision and change of status: who, when, what, the rule and clause relied on, and the text decided on as it was then. Entries are only ever added: nobody can edit or delete them.',
    exportCsv: 'Export CSV',
    exported: (n: number) => `Exported ${plural(n, { one: '# entry', other: '# entries' })} as CSV.`,
    actions: {
      decision: 'Decisions on review items',
      appeal: 'Appeals',
      complaint: 'Complaints',
      rule: 'Checker rule changes',
    },
    subjects: {
      listing: 'Listing',
      buyer_report: 'Buyer report',
      complaint: 'Complaint',
      document: 'Document',
      penalty: 'Penalty',
      rule: 'Rule',
    },
    actors: {
      seller: 'Seller',
      reviewer: 'Reviewer',
      system: 'System',
      complainant: 'Complainant',
    },
    filters: {
      label: 'Filter the audit log',
      search: 'Search the log',
      action: 'Action',
      who: 'Who',
      whoHelp: 'A name, or part of one, or an account id.',
      subject: 'Subject',
      from: 'From (UTC day)',
      to: 'To (UTC day, included)',
      apply: 'Apply filters',
      clear: 'Clear filters',
    },
    noneMatch: 'No entries match.',
    count: (n: number, filtered: boolean) =>
      `${plural(n, { one: '# entry', other: '# entries' })}${filtered ? ' match the filters' : ''}, newest first.`,
    empty: {
      title: 'No entries match these filters',
      clear: 'Clear the filters',
      rest: ' to see the whole log.',
    },
    table: {
      caption: 'Audit log entries, newest first',
      when: 'When (your time)',
      who: 'Who',
      action: 'Action',
      subject: 'Subject',
      rule: 'Rule and clause',
      what: 'What was decided',
    },
    snapshot: 'Text decided on, as it was then',
  },
  {
    title: 'Журнал действий',
    description:
      'Каждое решение и каждая смена статуса: кто, когда, что, на какое правило и пункт опирались и текст, по которому решали, в тогдашнем виде. Записи только добавляются: никто не может их изменить или удалить.',
    exportCsv: 'Выгрузить CSV',
    exported: (n: number) =>
      plural(n, {
        one: 'В CSV выгружена # запись.',
        few: 'В CSV выгружены # записи.',
        many: 'В CSV выгружено # записей.',
        other: 'В CSV выгружено # записи.',
      }),
    actions: {
      decision: 'Решения по заявкам на проверку',
      appeal: 'Апелляции',
      complaint: 'Жалобы',
      rule: 'Изменения правил проверки',
    },
    subjects: {
      listing: 'Товар',
      buyer_report: 'Жалоба покупателя',
      complaint: 'Жалоба',
      document: 'Документ',
      penalty: 'Взыскание',
      rule: 'Правило',
    },
    actors: {
      seller: 'Продавец',
      reviewer: 'Проверяющий',
      system: 'Система',
      complainant: 'Заявитель',
    },
    filters: {
      label: 'Фильтры журнала действий',
      search: 'Поиск по журналу',
      action: 'Действие',
      who: 'Кто',
      whoHelp: 'Имя, часть имени или идентификатор аккаунта.',
      subject: 'Объект',
      from: 'С (день по UTC)',
      to: 'По (день по UTC, включительно)',
      apply: 'Применить фильтры',
      clear: 'Сбросить фильтры',
    },
    noneMatch: 'Подходящих записей нет.',
    count: (n: number, filtered: boolean) =>
      `${filtered ? 'Подходят под фильтры' : 'Всего'}: ${plural(n, {
        one: '# запись',
        few: '# записи',
        many: '# записей',
        other: '# записи',
      })}, сначала новые.`,
    empty: {
      title: 'Под эти фильтры не подходит ни одна запись',
      clear: 'Сбросьте фильтры',
      rest: ', чтобы увидеть весь журнал.',
    },
    table: {
      caption: 'Записи журнала действий, сначала новые',
      when: 'Когда (ваше время)',
      who: 'Кто',
      action: 'Действие',
      subject: 'Объект',
      rule: 'Правило и пункт',
      what: 'Что решено',
    },
    snapshot: 'Текст, по которому решали, в тогдашнем виде',
  },
);
