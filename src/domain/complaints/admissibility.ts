import type { CounterNoticeGround } from './grounds';
import { COUNTER_NOTICE_GROUNDS } from './grounds';
import { pluralIn, type Locale } from '../language';

/**
 * Whether an IP complaint is complete and admissible, read against the Russian IP page (seed 002, paraphrased in
 * the policy catalogue as `reporting-ip-infringement`). Each check says, in words about this complaint, why it
 * passed or failed, cites the clause, and names the counter-notice ground a seller would give when it fails.
 * The words are English unless another interface language is asked for; what is checked never depends on it.
 */

export type RightKind = 'trademark' | 'patent' | 'copyright';

export type DocumentKindLike =
  | 'trademark_certificate'
  | 'patent'
  | 'copyright_registration'
  | 'original_files'
  | 'licence'
  | 'authorisation_letter'
  | 'power_of_attorney'
  | 'purchase_invoice'
  | 'photo'
  | 'other';

/** What the checks read of a complaint (the API's IpComplaint fits this shape). */
export interface ComplaintForAdmissibility {
  listingIds: readonly string[];
  complainant: {
    rightsOwner: string;
    representative: string | null;
    email: string | null;
    phone: string | null;
  };
  rightType: RightKind;
  rightName: string;
  evidence: readonly { kind: DocumentKindLike; name: string }[];
  proofOfAuthority: readonly { kind: DocumentKindLike; name: string }[];
  facts: { linksToListing: boolean; distributionDispute: boolean; goodsLawfullyMarketed: boolean };
}

export const REPORTING_POLICY = 'reporting-ip-infringement';

export type ReportingClause =
  'contents' | 'proof-of-right' | 'proof-of-authority' | 'contacts' | 'not-considered';

export interface ReportingClauseRef {
  policy: typeof REPORTING_POLICY;
  clause: ReportingClause;
}

export type AdmissibilityCheckId =
  | 'listing-link'
  | 'proof-of-right'
  | 'proof-of-authority'
  | 'contacts'
  | 'not-distribution-dispute'
  | 'not-lawfully-marketed';

export interface AdmissibilityCheck {
  id: AdmissibilityCheckId;
  /** What the check asks, in plain words. */
  label: string;
  passed: boolean;
  /** Why it passed or failed, naming this complaint's parties, right and documents. */
  detail: string;
  clause: ReportingClauseRef;
  /** The counter-notice ground a seller gives when the check fails; null when there is none to give. */
  ground: CounterNoticeGround | null;
}

/** The documents that prove each kind of right. A licence or letter of consent does not prove a trademark. */
export const PROOF_OF_RIGHT_KINDS: Record<RightKind, readonly DocumentKindLike[]> = {
  trademark: ['trademark_certificate'],
  patent: ['patent'],
  copyright: ['copyright_registration', 'original_files', 'licence'],
};

const ref = (clause: ReportingClause): ReportingClauseRef => ({ policy: REPORTING_POLICY, clause });

const filled = (value: string | null): value is string => value !== null && value.trim() !== '';

const names = (docs: readonly { name: string }[]) => docs.map((d) => d.name).join(', ');

/** What each check says, in one language: the same cases, worded for each. */
interface CheckWords {
  listingLink: {
    label: string;
    linked: (count: number) => string;
    noDirectLink: (owner: string) => string;
    noListing: (owner: string) => string;
  };
  proofOfRight: {
    label: (right: RightKind) => string;
    proven: (right: RightKind, name: string, proof: string) => string;
    noDocuments: (right: RightKind, name: string) => string;
    wrongDocuments: (right: RightKind, name: string, documents: string) => string;
    consentNote: string;
  };
  proofOfAuthority: {
    label: string;
    byOwner: (owner: string) => string;
    shown: (representative: string, owner: string, documents: string) => string;
    notShown: (representative: string, owner: string) => string;
  };
  contacts: {
    label: string;
    email: (email: string) => string;
    phone: (phone: string) => string;
    reachable: (who: string, ways: readonly string[]) => string;
    none: string;
  };
  distribution: {
    label: string;
    passed: (owner: string) => string;
    failed: (owner: string, name: string) => string;
  };
  lawfullyMarketed: {
    label: string;
    passed: (owner: string) => string;
    failed: (name: string) => string;
  };
}

const PROOF_WORDS: Record<RightKind, string> = {
  trademark: 'a trademark certificate',
  patent: 'a patent',
  copyright: 'the original files, a contract or licence from the author, or a deposit certificate',
};

const englishCount = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const englishRight = (right: RightKind, name: string) => `the ${right} "${name}"`;

const ENGLISH: CheckWords = {
  listingLink: {
    label: 'Points to a specific listing',
    linked: (count) => `The complaint links directly to ${englishCount(count, 'listing')} in your shop.`,
    noDirectLink: (owner) =>
      `${owner} describes goods in your shop but gives no direct link to a listing, so the complaint cannot be reviewed as filed.`,
    noListing: (owner) =>
      `${owner} names no listing of yours, only the shop in general; a complaint without a link to a specific listing is not reviewed.`,
  },
  proofOfRight: {
    label: (right) => `Proves the ${right} exists`,
    proven: (right, name, proof) =>
      `The complaint about ${englishRight(right, name)} includes ${proof} as proof of the right.`,
    noDocuments: (right, name) =>
      `The complaint about ${englishRight(right, name)} comes with no documents at all.`,
    wrongDocuments: (right, name, documents) =>
      `The complaint about ${englishRight(right, name)} is backed only by ${documents}, which is not ${PROOF_WORDS[right]}.`,
    consentNote: ' A licence or a letter allowing sales does not prove who owns the trademark.',
  },
  proofOfAuthority: {
    label: 'Shows the complainant may act for the rights owner',
    byOwner: (owner) =>
      `${owner} filed the complaint itself, so no separate proof that someone may act for it is needed.`,
    shown: (representative, owner, documents) =>
      `${representative} filed for ${owner} and attached ${documents} to show it may do so.`,
    notShown: (representative, owner) =>
      `${representative} filed for ${owner} but attached nothing, such as a power of attorney, showing that ${owner} authorised it.`,
  },
  contacts: {
    label: 'Gives a way to reach the complainant',
    email: (email) => `email (${email})`,
    phone: (phone) => `phone (${phone})`,
    reachable: (who, ways) => `You can reach ${who} by ${ways.join(' or ')}.`,
    none: `The complaint gives neither an email address nor a phone number, so the platform cannot ask the complainant for more and the complaint is incomplete.`,
  },
  distribution: {
    label: 'Is about the right itself, not about who may distribute the goods',
    passed: (owner) => `Nothing in the complaint from ${owner} turns on distribution agreements.`,
    failed: (owner, name) =>
      `${owner} objects that you are not one of its resellers. Who may distribute "${name}" goods is a matter between distributors, not an infringement, and such complaints are not reviewed.`,
  },
  lawfullyMarketed: {
    label: 'Concerns goods not already lawfully on sale in the country',
    passed: (owner) =>
      `Nothing on record shows these goods were already lawfully sold in the country. If you bought them from ${owner} or its official channel, say so in a counter-notice.`,
    failed: (name) =>
      `The goods were already lawfully put on the market in the country, so reselling genuine "${name}" goods does not infringe the right and the complaint is not reviewed.`,
  },
};

/** The right in the genitive ("наличие товарного знака") and the dative ("жалоба по товарному знаку"). */
const RU_RIGHT: Record<RightKind, { of: string; by: string; proof: string }> = {
  trademark: { of: 'товарного знака', by: 'товарному знаку', proof: 'свидетельство на товарный знак' },
  patent: { of: 'патента', by: 'патенту', proof: 'патент' },
  copyright: {
    of: 'авторского права',
    by: 'авторскому праву',
    proof: 'исходные файлы, договор или лицензия автора либо свидетельство о депонировании',
  },
};

const russianRight = (right: RightKind, name: string) => `${RU_RIGHT[right].by} «${name}»`;

const RUSSIAN: CheckWords = {
  listingLink: {
    label: 'Указывает на конкретный товар',
    linked: (count) =>
      `Жалоба прямо ссылается на ${pluralIn('ru', count, { one: '# товар', few: '# товара', many: '# товаров', other: '# товара' })} вашего магазина.`,
    noDirectLink: (owner) =>
      `${owner} описывает товары вашего магазина, но не даёт прямой ссылки ни на одну карточку товара, поэтому жалобу в таком виде рассмотреть нельзя.`,
    noListing: (owner) =>
      `${owner} не называет ни одного вашего товара, только магазин в целом; жалобу без ссылки на конкретный товар не рассматривают.`,
  },
  proofOfRight: {
    label: (right) => `Подтверждает наличие ${RU_RIGHT[right].of}`,
    proven: (right, name, proof) =>
      `К жалобе по ${russianRight(right, name)} приложено подтверждение права: ${proof}.`,
    noDocuments: (right, name) =>
      `К жалобе по ${russianRight(right, name)} не приложено ни одного документа.`,
    wrongDocuments: (right, name, documents) =>
      `Жалоба по ${russianRight(right, name)} подкреплена только такими документами: ${documents}. Это не ${RU_RIGHT[right].proof}.`,
    consentNote:
      ' Лицензия или письмо с разрешением на продажу не доказывают, кому принадлежит товарный знак.',
  },
  proofOfAuthority: {
    label: 'Подтверждает, что заявитель вправе действовать от имени правообладателя',
    byOwner: (owner) =>
      `Жалобу подал сам правообладатель (${owner}), поэтому отдельное подтверждение полномочий не требуется.`,
    shown: (representative, owner, documents) =>
      `Жалобу от имени правообладателя (${owner}) подал представитель ${representative} и приложил в подтверждение полномочий: ${documents}.`,
    notShown: (representative, owner) =>
      `Жалобу от имени правообладателя (${owner}) подал представитель ${representative}, но не приложил ни доверенности, ни другого документа о том, что ${owner} его уполномочил.`,
  },
  contacts: {
    label: 'Указывает, как связаться с заявителем',
    email: (email) => `по электронной почте (${email})`,
    phone: (phone) => `по телефону (${phone})`,
    reachable: (who, ways) => `Связаться с заявителем (${who}) можно ${ways.join(' или ')}.`,
    none: 'В жалобе нет ни адреса электронной почты, ни номера телефона, поэтому площадка не может запросить у заявителя недостающие сведения и жалоба неполная.',
  },
  distribution: {
    label: 'Касается самого права, а не того, кто вправе распространять товары',
    passed: (owner) => `Жалоба правообладателя (${owner}) не опирается на дистрибьюторские договоры.`,
    failed: (owner, name) =>
      `${owner} возражает, что вы не входите в число его реселлеров. Кто вправе распространять товары «${name}», решают между собой дистрибьюторы; это не нарушение права, и такие жалобы не рассматриваются.`,
  },
  lawfullyMarketed: {
    label: 'Касается товаров, которые ещё не были законно введены в оборот в стране',
    passed: (owner) =>
      `Нет сведений о том, что эти товары уже законно продавались в стране. Если вы купили их у правообладателя (${owner}) или через его официальный канал, укажите это во встречном уведомлении.`,
    failed: (name) =>
      `Товары уже были законно введены в оборот в стране, поэтому перепродажа оригинальных товаров «${name}» не нарушает право, и жалоба не рассматривается.`,
  },
};

const WORDS: Record<Locale, CheckWords> = { en: ENGLISH, ru: RUSSIAN };

function listingLink(c: ComplaintForAdmissibility, w: CheckWords): AdmissibilityCheck {
  const count = c.listingIds.length;
  const passed = c.facts.linksToListing && count > 0;
  const owner = c.complainant.rightsOwner;
  return {
    id: 'listing-link',
    label: w.listingLink.label,
    passed,
    detail: passed
      ? w.listingLink.linked(count)
      : count > 0
        ? w.listingLink.noDirectLink(owner)
        : w.listingLink.noListing(owner),
    clause: ref('contents'),
    ground: 'no_listing_link',
  };
}

function proofOfRight(c: ComplaintForAdmissibility, w: CheckWords): AdmissibilityCheck {
  const accepted = PROOF_OF_RIGHT_KINDS[c.rightType];
  const proof = c.evidence.filter((d) => accepted.includes(d.kind));
  const passed = proof.length > 0;
  const lacking =
    c.evidence.length === 0
      ? w.proofOfRight.noDocuments(c.rightType, c.rightName)
      : w.proofOfRight.wrongDocuments(c.rightType, c.rightName, names(c.evidence));
  const consentNote =
    c.rightType === 'trademark' &&
    c.evidence.some((d) => d.kind === 'licence' || d.kind === 'authorisation_letter')
      ? w.proofOfRight.consentNote
      : '';
  return {
    id: 'proof-of-right',
    label: w.proofOfRight.label(c.rightType),
    passed,
    detail: passed
      ? w.proofOfRight.proven(c.rightType, c.rightName, names(proof))
      : `${lacking}${consentNote}`,
    clause: ref('proof-of-right'),
    ground: 'no_proof_of_right',
  };
}

function proofOfAuthority(c: ComplaintForAdmissibility, w: CheckWords): AdmissibilityCheck {
  const { rightsOwner, representative } = c.complainant;
  const byRepresentative = filled(representative);
  const passed = !byRepresentative || c.proofOfAuthority.length > 0;
  return {
    id: 'proof-of-authority',
    label: w.proofOfAuthority.label,
    passed,
    detail: !byRepresentative
      ? w.proofOfAuthority.byOwner(rightsOwner)
      : passed
        ? w.proofOfAuthority.shown(representative, rightsOwner, names(c.proofOfAuthority))
        : w.proofOfAuthority.notShown(representative, rightsOwner),
    clause: ref('proof-of-authority'),
    ground: 'no_proof_of_authority',
  };
}

function contacts(c: ComplaintForAdmissibility, w: CheckWords): AdmissibilityCheck {
  const ways = [
    filled(c.complainant.email) ? w.contacts.email(c.complainant.email.trim()) : null,
    filled(c.complainant.phone) ? w.contacts.phone(c.complainant.phone.trim()) : null,
  ].filter((way): way is string => way !== null);
  const passed = ways.length > 0;
  return {
    id: 'contacts',
    label: w.contacts.label,
    passed,
    detail: passed
      ? w.contacts.reachable(c.complainant.representative ?? c.complainant.rightsOwner, ways)
      : w.contacts.none,
    clause: ref('contacts'),
    // No counter-notice ground of its own: the platform asks the complainant for the missing details.
    ground: null,
  };
}

function notDistributionDispute(c: ComplaintForAdmissibility, w: CheckWords): AdmissibilityCheck {
  const passed = !c.facts.distributionDispute;
  return {
    id: 'not-distribution-dispute',
    label: w.distribution.label,
    passed,
    detail: passed
      ? w.distribution.passed(c.complainant.rightsOwner)
      : w.distribution.failed(c.complainant.rightsOwner, c.rightName),
    clause: ref('not-considered'),
    ground: 'distribution_dispute',
  };
}

function notLawfullyMarketed(c: ComplaintForAdmissibility, w: CheckWords): AdmissibilityCheck {
  const passed = !c.facts.goodsLawfullyMarketed;
  return {
    id: 'not-lawfully-marketed',
    label: w.lawfullyMarketed.label,
    passed,
    detail: passed
      ? w.lawfullyMarketed.passed(c.complainant.rightsOwner)
      : w.lawfullyMarketed.failed(c.rightName),
    clause: ref('not-considered'),
    ground: 'lawfully_marketed',
  };
}

/**
 * Every check of the complaint, in the order the policy page lists the requirements, its label and detail in the
 * given language (English by default).
 */
export function admissibilityChecks(
  complaint: ComplaintForAdmissibility,
  language: Locale = 'en',
): AdmissibilityCheck[] {
  const words = WORDS[language];
  return [
    listingLink(complaint, words),
    proofOfRight(complaint, words),
    proofOfAuthority(complaint, words),
    contacts(complaint, words),
    notDistributionDispute(complaint, words),
    notLawfullyMarketed(complaint, words),
  ];
}

/** A complaint is admissible only when every check passes. */
export function admissible(checks: readonly AdmissibilityCheck[]): boolean {
  return checks.every((check) => check.passed);
}

/** The grounds the failed checks give a seller, once each, in the order of COUNTER_NOTICE_GROUNDS. */
export function suggestedGrounds(complaint: ComplaintForAdmissibility): CounterNoticeGround[] {
  const failed = new Set(
    admissibilityChecks(complaint)
      .filter((check) => !check.passed)
      .map((check) => check.ground),
  );
  return COUNTER_NOTICE_GROUNDS.filter((ground) => failed.has(ground));
}
