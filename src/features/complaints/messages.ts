import { defineMessages, plural } from '@/shared/i18n/messages';

/** The IP complaints pages: the list and its filters, a complaint, the seller's answer and the history. */
export const complaintsMessages = defineMessages(
  'complaints',
  {
    status: {
      needs_answer: 'Needs an answer',
    },
    rights: { trademark: 'Trademark', patent: 'Patent', copyright: 'Copyright' },
    list: {
      title: 'IP complaints',
      descriptionReviewer:
        'Complaints from rights owners across all shops; those still waiting for the seller come first.',
      descriptionSeller:
        'Complaints rights owners filed against your listings. Answer each within 3 working days, or the listings it names are removed.',
      matching: (shown: number, total: number) =>
        plural(shown, {
          one: `# complaint of ${total} match the filters.`,
          other: `# complaints of ${total} match the filters.`,
        }),
      total: (n: number) => plural(n, { one: '# complaint.', other: '# complaints.' }),
      open: (n: number) => plural(n, { one: '# needs an answer.', other: '# need an answer.' }),
      noneOpen: 'None needs an answer now.',
      empty: 'No complaints',
      emptyReviewer: 'No rights owner has filed a complaint.',
      emptySeller: 'No rights owner has complained about your listings.',
      noMatch: 'No complaints match these filters',
      clearTheFilters: 'Clear the filters',
      toSeeAll: (n: number) =>
        plural(n, { one: ' to see all # complaint.', other: ' to see all # complaints.' }),
      filters: 'Filter complaints',
      apply: 'Apply',
      clearFilters: 'Clear filters',
      columns: {
        complainant: 'Complainant',
        shop: 'Shop',
        right: 'Right',
        listings: 'Listings',
        seriousness: 'Seriousness',
        status: 'Status',
        answerBy: 'Answer by',
      },
      via: (representative: string) => `via ${representative}`,
      noListings: 'None named',
      listings: (n: number) => plural(n, { one: '# listing', other: '# listings' }),
      closed: 'Closed',
      answered: 'Answered or decided',
    },
    detail: {
      title: (owner: string) => `Complaint from ${owner}`,
      shop: 'Shop:',
      answerBy: 'Answer by:',
      claimed: 'What is claimed',
      right: 'Right',
      registrationNumber: 'Registration number',
      noNumber: 'None given',
      received: 'Received',
      complainant: 'Complainant',
      rightsOwner: 'Rights owner',
      filedBy: 'Filed by',
      forTheOwner: (representative: string) => `${representative}, for the owner`,
      ownerDirectly: 'The owner directly',
      email: 'Email',
      noEmail: 'None given',
      phone: 'Phone',
      noPhone: 'None given',
      forwardingBefore: 'The marketplace passes these details on so both sides can be heard (',
      forwardingAfter: ').',
      documents: 'Documents',
      evidence: 'Evidence of the right and the infringement',
      noEvidence: 'The complainant sent no evidence.',
      authority: 'Proof of authority to act for the owner',
      noAuthorityRepresentative: 'None sent, although a representative filed the complaint.',
      noAuthorityOwner: 'None sent; the owner filed directly.',
      listingsConcerned: 'Listings concerned',
      noListingLink: 'The complaint does not link to any specific listing.',
      missingListings: (n: number) =>
        plural(n, {
          one: '# listing named in the complaint no longer exists.',
          other: '# listings named in the complaint no longer exist.',
        }),
      history: 'History',
      grounds: 'Grounds:',
      statement: 'Statement:',
      attached: 'Documents:',
      fromVault: ', from the vault',
      seriousTitle: 'Serious infringement:',
      seriousText:
        'the complaint says you sell counterfeit or pirated goods. If it is upheld it is a serious strike: strikes within 3 days of the first one count as one, the first freezes the shop for a day, and the third closes it.',
      generalTitle: 'General infringement:',
      generalText:
        'the complaint says your listing text (its title, description or your shop name) unfairly uses the mark or work, not that the goods are fake. If it is upheld it costs points, and all general cases on one day together cost at most 6.',
    },
    timeline: {
      seller: 'The seller',
      accepted: 'Accepted the complaint.',
      counterNoticed: 'Filed a counter-notice.',
    },
    answer: {
      title: 'Your answer',
      acceptedNone: 'You accepted the complaint. It named no listing, so none was removed.',
      acceptedRemoved: (n: number) =>
        `You accepted the complaint. ${plural(n, {
          one: '# listing was removed from your shop.',
          other: '# listings were removed from your shop.',
        })}`,
      counterNoticed:
        'Your counter-notice was filed. A compliance reviewer will weigh it against the complaint; the history below records it.',
      lapsed: (date: string) =>
        `The time to answer ended on ${date}, so an answer can no longer be sent. The listings the complaint names are removed unless the marketplace decides otherwise.`,
      nothingToDo:
        'This complaint has been answered or decided, so there is nothing to do here. The history below shows what happened.',
      form: 'Answer the complaint',
      draftRestored: 'Draft restored.',
      draftRestoredText: 'Your unfinished answer from an earlier visit is back in the form.',
      discardDraft: 'Discard draft',
      intro: (date: string) =>
        `Your answer is kept in this browser as you write it and sent only when you submit it. Answer by ${date}.`,
      refused: 'The marketplace did not accept your answer',
      checkAnswer: 'Check your answer',
      how: 'How do you answer?',
      accept: 'Accept the complaint',
      acceptHintNone: 'The complaint names no listing, so nothing is removed; it is closed as accepted.',
      acceptHint: (n: number) =>
        plural(n, {
          one: 'The # listing it names is removed from your shop.',
          other: 'The # listings it names are removed from your shop.',
        }),
      counterNotice: 'File a counter-notice',
      counterNoticeHint:
        'Say why the complaint is wrong or cannot be considered. A compliance reviewer weighs it against the complaint.',
      removes: 'Accepting removes these listings:',
      grounds: 'Grounds',
      groundsHint: 'Tick every reason that applies.',
      groundsSuggestedHint:
        ' Grounds marked "suggested" come from the admissibility checks this complaint fails.',
      suggested: 'suggested',
      statement: 'Statement',
      statementHint: (min: number) =>
        `In your own words, why the complaint is wrong: at least ${min} characters. Name the documents that back you up.`,
      characters: (n: number) => plural(n, { one: '# character', other: '# characters' }),
      moreNeeded: (n: number) => ` (${n} more needed)`,
      documents: 'Supporting documents',
      documentsHint:
        "For example the brand's authorisation letter, invoices from an authorised supplier, or your own trademark certificate or licence.",
      alreadyAnswered: 'This complaint was already answered',
      showStatus: 'Show its current status',
      notSent: 'Your answer was not sent',
      keptInForm: 'Your answer is kept in the form.',
      sending: 'Sending…',
      submitAccept: 'Accept the complaint…',
      submitCounterNotice: 'File the counter-notice',
      submit: 'Send my answer',
    },
    confirm: {
      titleNone: 'Accept the complaint?',
      title: (n: number) =>
        plural(n, {
          one: 'Accept the complaint and remove # listing?',
          other: 'Accept the complaint and remove # listings?',
        }),
      textNone:
        'The complaint names no listing, so nothing is removed. You cannot answer it again afterwards.',
      text: (n: number): string =>
        n === 1
          ? 'This listing is removed from your shop at once, and you cannot answer the complaint again afterwards:'
          : 'These listings are removed from your shop at once, and you cannot answer the complaint again afterwards:',
      yesNone: 'Yes, accept the complaint',
      yes: 'Yes, accept and remove the listings',
      back: 'Go back',
    },
    validation: {
      chooseKind: 'Choose whether to accept the complaint or to file a counter-notice.',
      grounds: 'Choose at least one ground.',
      statementShort: 'Write a statement of at least 30 characters.',
      statementLong: 'Keep the statement to 10,000 characters or fewer.',
      documentsMax: 'Attach at most 10 documents.',
      documentName: 'Give the document a file name.',
      documentNameLong: 'Keep the file name to 200 characters or fewer.',
      document: (n: number, message: string) => `Document ${n}: ${message}`,
    },
  },
  {
    status: {
      needs_answer: 'Нужен ответ',
    },
    rights: { trademark: 'Товарный знак', patent: 'Патент', copyright: 'Авторское право' },
    list: {
      title: 'Жалобы по ИС',
      descriptionReviewer:
        'Жалобы правообладателей по всем магазинам; те, что ещё ждут ответа продавца, показаны первыми.',
      descriptionSeller:
        'Жалобы правообладателей на ваши товары. Ответьте на каждую в течение 3 рабочих дней, иначе указанные в ней товары будут удалены.',
      matching: (shown: number, total: number) =>
        plural(shown, {
          one: `Фильтрам соответствует # жалоба из ${total}.`,
          few: `Фильтрам соответствуют # жалобы из ${total}.`,
          many: `Фильтрам соответствует # жалоб из ${total}.`,
          other: `Фильтрам соответствует # жалобы из ${total}.`,
        }),
      total: (n: number) =>
        plural(n, { one: '# жалоба.', few: '# жалобы.', many: '# жалоб.', other: '# жалобы.' }),
      open: (n: number) =>
        plural(n, {
          one: '# ждёт ответа.',
          few: '# ждут ответа.',
          many: '# ждут ответа.',
          other: '# ждут ответа.',
        }),
      noneOpen: 'Сейчас ни одна не ждёт ответа.',
      empty: 'Жалоб нет',
      emptyReviewer: 'Ни один правообладатель не подавал жалоб.',
      emptySeller: 'Правообладатели не жаловались на ваши товары.',
      noMatch: 'Нет жалоб, подходящих под эти фильтры',
      clearTheFilters: 'Сбросьте фильтры',
      toSeeAll: (n: number) =>
        plural(n, {
          one: ', чтобы увидеть # жалобу.',
          few: ', чтобы увидеть все # жалобы.',
          many: ', чтобы увидеть все # жалоб.',
          other: ', чтобы увидеть все # жалобы.',
        }),
      filters: 'Фильтр жалоб',
      apply: 'Применить',
      clearFilters: 'Сбросить фильтры',
      columns: {
        complainant: 'Заявитель',
        shop: 'Магазин',
        right: 'Право',
        listings: 'Товары',
        seriousness: 'Тяжесть',
        status: 'Статус',
        answerBy: 'Ответить до',
      },
      via: (representative: string) => `через ${representative}`,
      noListings: 'Не указаны',
      listings: (n: number) =>
        plural(n, { one: '# товар', few: '# товара', many: '# товаров', other: '# товара' }),
      closed: 'Закрыто',
      answered: 'Ответ дан или решение принято',
    },
    detail: {
      title: (owner: string) => `Жалоба от ${owner}`,
      shop: 'Магазин:',
      answerBy: 'Срок ответа:',
      claimed: 'Суть претензии',
      right: 'Право',
      registrationNumber: 'Регистрационный номер',
      noNumber: 'Не указан',
      received: 'Получена',
      complainant: 'Заявитель',
      rightsOwner: 'Правообладатель',
      filedBy: 'Кто подал',
      forTheOwner: (representative: string) => `${representative}, от имени правообладателя`,
      ownerDirectly: 'Сам правообладатель',
      email: 'Эл. почта',
      noEmail: 'Не указана',
      phone: 'Телефон',
      noPhone: 'Не указан',
      forwardingBefore: 'Маркетплейс передаёт эти данные, чтобы выслушать обе стороны (',
      forwardingAfter: ').',
      documents: 'Документы',
      evidence: 'Доказательства права и нарушения',
      noEvidence: 'Заявитель не прислал доказательств.',
      authority: 'Подтверждение полномочий действовать от имени правообладателя',
      noAuthorityRepresentative: 'Не прислано, хотя жалобу подал представитель.',
      noAuthorityOwner: 'Не прислано: правообладатель подал жалобу сам.',
      listingsConcerned: 'Товары в жалобе',
      noListingLink: 'Жалоба не ссылается ни на один конкретный товар.',
      missingListings: (n: number) =>
        plural(n, {
          one: '# товар из жалобы больше не существует.',
          few: '# товара из жалобы больше не существуют.',
          many: '# товаров из жалобы больше не существуют.',
          other: '# товара из жалобы больше не существуют.',
        }),
      history: 'История',
      grounds: 'Основания:',
      statement: 'Заявление:',
      attached: 'Документы:',
      fromVault: ', из хранилища',
      seriousTitle: 'Серьёзное нарушение:',
      seriousText:
        'в жалобе сказано, что вы продаёте контрафактные или пиратские товары. Если жалобу удовлетворят, вам засчитают серьёзное нарушение: нарушения в течение 3 дней после первого считаются одним, первое замораживает магазин на сутки, а третье закрывает его.',
      generalTitle: 'Обычное нарушение:',
      generalText:
        'в жалобе сказано, что текст вашей карточки товара (название, описание или название магазина) недобросовестно использует знак или произведение, а не что товары поддельные. Если жалобу удовлетворят, начисляются штрафные баллы; все обычные нарушения за один день вместе стоят не больше 6 баллов.',
    },
    timeline: {
      seller: 'Продавец',
      accepted: 'Принял жалобу.',
      counterNoticed: 'Подал встречное уведомление.',
    },
    answer: {
      title: 'Ваш ответ',
      acceptedNone: 'Вы приняли жалобу. В ней не был указан ни один товар, поэтому ничего не удалено.',
      acceptedRemoved: (n: number) =>
        `Вы приняли жалобу. ${plural(n, {
          one: 'Из вашего магазина удалён # товар.',
          few: 'Из вашего магазина удалено # товара.',
          many: 'Из вашего магазина удалено # товаров.',
          other: 'Из вашего магазина удалено # товара.',
        })}`,
      counterNoticed:
        'Ваше встречное уведомление подано. Проверяющий сопоставит его с жалобой; запись о нём есть в истории ниже.',
      lapsed: (date: string) =>
        `Срок ответа истёк ${date}, поэтому отправить ответ уже нельзя. Указанные в жалобе товары удаляются, если маркетплейс не решит иначе.`,
      nothingToDo:
        'На эту жалобу уже ответили или по ней принято решение, поэтому здесь ничего делать не нужно. Что произошло, видно в истории ниже.',
      form: 'Ответ на жалобу',
      draftRestored: 'Черновик восстановлен.',
      draftRestoredText: 'Ваш незаконченный ответ с прошлого визита снова в форме.',
      discardDraft: 'Удалить черновик',
      intro: (date: string) =>
        `Пока вы пишете, ответ хранится в этом браузере; на маркетплейс он уходит, только когда вы его отправите. Ответить нужно до ${date}.`,
      refused: 'Маркетплейс не принял ваш ответ',
      checkAnswer: 'Проверьте ответ',
      how: 'Как вы ответите?',
      accept: 'Принять жалобу',
      acceptHintNone:
        'В жалобе не указан ни один товар, поэтому ничего не удаляется; жалоба закрывается как принятая.',
      acceptHint: (n: number) =>
        plural(n, {
          one: 'Указанный в ней # товар удаляется из вашего магазина.',
          few: 'Указанные в ней # товара удаляются из вашего магазина.',
          many: 'Указанные в ней # товаров удаляются из вашего магазина.',
          other: 'Указанные в ней # товара удаляются из вашего магазина.',
        }),
      counterNotice: 'Подать встречное уведомление',
      counterNoticeHint:
        'Объясните, почему жалоба ошибочна или не может быть рассмотрена. Проверяющий сопоставит ваше уведомление с жалобой.',
      removes: 'Если принять жалобу, будут удалены эти товары:',
      grounds: 'Основания',
      groundsHint: 'Отметьте все подходящие основания.',
      groundsSuggestedHint:
        ' Основания с пометкой «предложено» взяты из проверок допустимости, которые эта жалоба не прошла.',
      suggested: 'предложено',
      statement: 'Заявление',
      statementHint: (min: number) =>
        `Своими словами объясните, почему жалоба ошибочна: не меньше ${plural(min, {
          one: '# символа',
          few: '# символов',
          many: '# символов',
          other: '# символа',
        })}. Назовите документы, которые это подтверждают.`,
      characters: (n: number) =>
        plural(n, { one: '# символ', few: '# символа', many: '# символов', other: '# символа' }),
      moreNeeded: (n: number) => ` (нужно ещё ${n})`,
      documents: 'Подтверждающие документы',
      documentsHint:
        'Например, письмо-разрешение от бренда, накладные от авторизованного поставщика или ваше собственное свидетельство на товарный знак либо лицензия.',
      alreadyAnswered: 'На эту жалобу уже ответили',
      showStatus: 'Показать её текущий статус',
      notSent: 'Ваш ответ не отправлен',
      keptInForm: 'Ответ сохранён в форме.',
      sending: 'Отправляем…',
      submitAccept: 'Принять жалобу…',
      submitCounterNotice: 'Подать встречное уведомление',
      submit: 'Отправить ответ',
    },
    confirm: {
      titleNone: 'Принять жалобу?',
      title: (n: number) =>
        plural(n, {
          one: 'Принять жалобу и удалить # товар?',
          few: 'Принять жалобу и удалить # товара?',
          many: 'Принять жалобу и удалить # товаров?',
          other: 'Принять жалобу и удалить # товара?',
        }),
      textNone:
        'В жалобе не указан ни один товар, поэтому ничего не удаляется. Ответить на жалобу повторно будет нельзя.',
      text: (n: number): string =>
        n === 1
          ? 'Этот товар сразу удаляется из вашего магазина, а ответить на жалобу повторно будет нельзя:'
          : 'Эти товары сразу удаляются из вашего магазина, а ответить на жалобу повторно будет нельзя:',
      yesNone: 'Да, принять жалобу',
      yes: 'Да, принять и удалить товары',
      back: 'Назад',
    },
    validation: {
      chooseKind: 'Выберите: принять жалобу или подать встречное уведомление.',
      grounds: 'Выберите хотя бы одно основание.',
      statementShort: 'Напишите заявление не короче 30 символов.',
      statementLong: 'Заявление должно быть не длиннее 10 000 символов.',
      documentsMax: 'Приложите не больше 10 документов.',
      documentName: 'Укажите имя файла документа.',
      documentNameLong: 'Имя файла должно быть не длиннее 200 символов.',
      document: (n: number, message: string) => `Документ ${n}: ${message}`,
    },
  },
);
