import type { CounterNoticeGround } from './grounds';
import { COUNTER_NOTICE_GROUNDS } from './grounds';

/**
 * Whether an IP complaint is complete and admissible, read against the Russian IP page (seed 002, paraphrased in
 * the policy catalogue as `reporting-ip-infringement`). Each check says, in words about this complaint, why it
 * passed or failed, cites the clause, and names the counter-notice ground a seller would give when it fails.
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

const PROOF_WORDS: Record<RightKind, string> = {
  trademark: 'a trademark certificate',
  patent: 'a patent',
  copyright: 'the original files, a contract or licence from the author, or a deposit certificate',
};

const ref = (clause: ReportingClause): ReportingClauseRef => ({ policy: REPORTING_POLICY, clause });

const filled = (value: string | null): value is string => value !== null && value.trim() !== '';

const names = (docs: readonly { name: string }[]) => docs.map((d) => d.name).join(', ');

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function listingLink(c: ComplaintForAdmissibility): AdmissibilityCheck {
  const count = c.listingIds.length;
  const passed = c.facts.linksToListing && count > 0;
  const owner = c.complainant.rightsOwner;
  return {
    id: 'listing-link',
    label: 'Points to a specific listing',
    passed,
    detail: passed
      ? `The complaint links directly to ${plural(count, 'listing')} in your shop.`
      : count > 0
        ? `${owner} describes goods in your shop but gives no direct link to a listing, so the complaint cannot be reviewed as filed.`
        : `${owner} names no listing of yours, only the shop in general; a complaint without a link to a specific listing is not reviewed.`,
    clause: ref('contents'),
    ground: 'no_listing_link',
  };
}

function proofOfRight(c: ComplaintForAdmissibility): AdmissibilityCheck {
  const accepted = PROOF_OF_RIGHT_KINDS[c.rightType];
  const proof = c.evidence.filter((d) => accepted.includes(d.kind));
  const passed = proof.length > 0;
  const right = `the ${c.rightType} "${c.rightName}"`;
  const lacking =
    c.evidence.length === 0
      ? `The complaint about ${right} comes with no documents at all.`
      : `The complaint about ${right} is backed only by ${names(c.evidence)}, which is not ${PROOF_WORDS[c.rightType]}.`;
  const consentNote =
    c.rightType === 'trademark' &&
    c.evidence.some((d) => d.kind === 'licence' || d.kind === 'authorisation_letter')
      ? ' A licence or a letter allowing sales does not prove who owns the trademark.'
      : '';
  return {
    id: 'proof-of-right',
    label: `Proves the ${c.rightType} exists`,
    passed,
    detail: passed
      ? `The complaint about ${right} includes ${names(proof)} as proof of the right.`
      : `${lacking}${consentNote}`,
    clause: ref('proof-of-right'),
    ground: 'no_proof_of_right',
  };
}

function proofOfAuthority(c: ComplaintForAdmissibility): AdmissibilityCheck {
  const { rightsOwner, representative } = c.complainant;
  const byRepresentative = filled(representative);
  const passed = !byRepresentative || c.proofOfAuthority.length > 0;
  return {
    id: 'proof-of-authority',
    label: 'Shows the complainant may act for the rights owner',
    passed,
    detail: !byRepresentative
      ? `${rightsOwner} filed the complaint itself, so no separate proof that someone may act for it is needed.`
      : passed
        ? `${representative} filed for ${rightsOwner} and attached ${names(c.proofOfAuthority)} to show it may do so.`
        : `${representative} filed for ${rightsOwner} but attached nothing, such as a power of attorney, showing that ${rightsOwner} authorised it.`,
    clause: ref('proof-of-authority'),
    ground: 'no_proof_of_authority',
  };
}

function contacts(c: ComplaintForAdmissibility): AdmissibilityCheck {
  const ways = [
    filled(c.complainant.email) ? `email (${c.complainant.email.trim()})` : null,
    filled(c.complainant.phone) ? `phone (${c.complainant.phone.trim()})` : null,
  ].filter((w): w is string => w !== null);
  const passed = ways.length > 0;
  return {
    id: 'contacts',
    label: 'Gives a way to reach the complainant',
    passed,
    detail: passed
      ? `You can reach ${c.complainant.representative ?? c.complainant.rightsOwner} by ${ways.join(' or ')}.`
      : `The complaint gives neither an email address nor a phone number, so the platform cannot ask the complainant for more and the complaint is incomplete.`,
    clause: ref('contacts'),
    // No counter-notice ground of its own: the platform asks the complainant for the missing details.
    ground: null,
  };
}

function notDistributionDispute(c: ComplaintForAdmissibility): AdmissibilityCheck {
  const passed = !c.facts.distributionDispute;
  return {
    id: 'not-distribution-dispute',
    label: 'Is about the right itself, not about who may distribute the goods',
    passed,
    detail: passed
      ? `Nothing in the complaint from ${c.complainant.rightsOwner} turns on distribution agreements.`
      : `${c.complainant.rightsOwner} objects that you are not one of its resellers. Who may distribute "${c.rightName}" goods is a matter between distributors, not an infringement, and such complaints are not reviewed.`,
    clause: ref('not-considered'),
    ground: 'distribution_dispute',
  };
}

function notLawfullyMarketed(c: ComplaintForAdmissibility): AdmissibilityCheck {
  const passed = !c.facts.goodsLawfullyMarketed;
  return {
    id: 'not-lawfully-marketed',
    label: 'Concerns goods not already lawfully on sale in the country',
    passed,
    detail: passed
      ? `Nothing on record shows these goods were already lawfully sold in the country. If you bought them from ${c.complainant.rightsOwner} or its official channel, say so in a counter-notice.`
      : `The goods were already lawfully put on the market in the country, so reselling genuine "${c.rightName}" goods does not infringe the right and the complaint is not reviewed.`,
    clause: ref('not-considered'),
    ground: 'lawfully_marketed',
  };
}

/** Every check of the complaint, in the order the policy page lists the requirements. */
export function admissibilityChecks(complaint: ComplaintForAdmissibility): AdmissibilityCheck[] {
  return [
    listingLink(complaint),
    proofOfRight(complaint),
    proofOfAuthority(complaint),
    contacts(complaint),
    notDistributionDispute(complaint),
    notLawfullyMarketed(complaint),
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
