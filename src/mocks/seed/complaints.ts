import type { ComplaintResponse, DocumentRef, IpComplaint } from '@/shared/api/schemas';
import { complaintRespondBy } from '@/domain/complaints/deadline';
import { SELLER_IDS } from './accounts';
import type { SeededListing } from './listings';
import type { Clock } from './random';

const SYSTEM = { kind: 'system', id: 'platform', name: 'Marketplace' } as const;

interface ComplaintSpec {
  id: string;
  sellerId: string;
  receivedAt: string;
  listingIds: string[];
  owner: string;
  representative: string | null;
  email: string | null;
  phone: string | null;
  rightType: IpComplaint['rightType'];
  rightName: string;
  registrationNumber: string | null;
  claim: string;
  evidence: DocumentRef[];
  authority: DocumentRef[];
  facts?: Partial<IpComplaint['facts']>;
  seriousness: IpComplaint['seriousness'];
  status: IpComplaint['status'];
  outcome?: { daysAfter: number; action: string; note: string };
}

function complaint(spec: ComplaintSpec): IpComplaint {
  const received = new Date(spec.receivedAt);
  const history: IpComplaint['history'] = [
    {
      at: spec.receivedAt,
      actor: { kind: 'complainant', id: spec.id, name: spec.representative ?? spec.owner },
      action: 'filed',
      note: 'Complaint filed with the marketplace.',
    },
    {
      at: new Date(received.getTime() + 600_000).toISOString(),
      actor: SYSTEM,
      action: 'forwarded',
      note: 'Forwarded to the seller with the complainant\u2019s contact details.',
    },
  ];
  if (spec.outcome) {
    history.push({
      at: new Date(received.getTime() + spec.outcome.daysAfter * 86_400_000).toISOString(),
      actor: SYSTEM,
      action: spec.outcome.action,
      note: spec.outcome.note,
    });
  }
  return {
    id: spec.id,
    sellerId: spec.sellerId,
    listingIds: spec.listingIds,
    complainant: {
      rightsOwner: spec.owner,
      representative: spec.representative,
      email: spec.email,
      phone: spec.phone,
    },
    rightType: spec.rightType,
    rightName: spec.rightName,
    registrationNumber: spec.registrationNumber,
    claim: spec.claim,
    evidence: spec.evidence,
    proofOfAuthority: spec.authority,
    facts: {
      linksToListing: spec.listingIds.length > 0,
      distributionDispute: false,
      goodsLawfullyMarketed: false,
      ...spec.facts,
    },
    seriousness: spec.seriousness,
    status: spec.status,
    receivedAt: spec.receivedAt,
    respondBy: complaintRespondBy(received).toISOString(),
    history,
  };
}

/** The shop's listings a complaint concerns: those whose title names the right, else any with the clause. */
function listingIds(
  listings: readonly SeededListing[],
  sellerId: string,
  clause: string,
  count = 1,
  title?: RegExp,
): string[] {
  const own = listings.filter((l) => l.sellerId === sellerId);
  const named = title ? own.filter((l) => title.test(l.title)) : [];
  const pool = named.length > 0 ? named : own.filter((l) => l.template?.expected.policy?.clause === clause);
  return pool.slice(0, count).map((l) => l.id);
}

const CERT = (name: string): DocumentRef => ({ kind: 'trademark_certificate', name });
const POA = (name: string): DocumentRef => ({ kind: 'power_of_attorney', name });

export function seedComplaints(
  listings: readonly SeededListing[],
  clock: Clock,
): { complaints: IpComplaint[]; responses: ComplaintResponse[] } {
  const vt = SELLER_IDS.atRisk;
  const mt = SELLER_IDS.good;
  const mm = SELLER_IDS.large;
  const specs: ComplaintSpec[] = [
    {
      id: 'cmp-vt-01',
      sellerId: vt,
      receivedAt: clock.hoursAgo(20),
      listingIds: listingIds(listings, vt, 'ip', 2, /R[o\u043e]lex/),
      owner: 'Rolex SA',
      representative: 'Baker & Lowe LLP',
      email: 'ip@bakerlowe.example',
      phone: '+44 20 7946 0018',
      rightType: 'trademark',
      rightName: 'ROLEX word and crown device',
      registrationNumber: 'IR 1 234 567',
      claim:
        'The listings offer watches described as replicas of the ROLEX models and use the crown logo in photos.',
      evidence: [CERT('rolex-ir-1234567.pdf'), { kind: 'photo', name: 'listing-screenshots.pdf' }],
      authority: [POA('rolex-poa-2026.pdf')],
      seriousness: 'serious',
      status: 'awaiting_response',
    },
    {
      id: 'cmp-vt-02',
      sellerId: vt,
      receivedAt: clock.daysAgo(2, 4),
      listingIds: listingIds(listings, vt, 'cat-6', 1).concat(listingIds(listings, vt, 'general', 1)),
      owner: 'Lumen Photo Studio',
      representative: null,
      email: 'rights@lumenphoto.example',
      phone: null,
      rightType: 'copyright',
      rightName: 'Product photographs, series 2025-11',
      registrationNumber: null,
      claim: 'Our studio photographs are used in these listings without a licence.',
      evidence: [{ kind: 'original_files', name: 'raw-files-IMG_4471-4480.zip' }],
      authority: [],
      seriousness: 'general',
      status: 'awaiting_response',
    },
    {
      id: 'cmp-vt-03',
      sellerId: vt,
      receivedAt: clock.hoursAgo(30),
      listingIds: listingIds(listings, vt, 'search-abuse', 1),
      owner: 'Nord Distribution LLC',
      representative: null,
      email: 'legal@norddistribution.example',
      phone: '+7 495 000 12 34',
      rightType: 'trademark',
      rightName: 'AURORA',
      registrationNumber: 'RU 765432',
      claim: 'We are the exclusive distributor of AURORA in Russia; this seller is not one of our resellers.',
      evidence: [{ kind: 'licence', name: 'exclusive-distribution-agreement.pdf' }],
      authority: [],
      facts: { distributionDispute: true },
      seriousness: 'general',
      status: 'awaiting_response',
    },
    {
      id: 'cmp-vt-04',
      sellerId: vt,
      receivedAt: clock.daysAgo(1, 6),
      listingIds: [],
      owner: 'Kettle Works GmbH',
      representative: 'Anwaltskanzlei Roth',
      email: 'roth@kanzlei.example',
      phone: null,
      rightType: 'patent',
      rightName: 'Auto shut-off mechanism',
      registrationNumber: 'EP 3 456 789',
      claim: 'The shop sells kettles using our patented auto shut-off mechanism.',
      evidence: [{ kind: 'patent', name: 'EP3456789.pdf' }],
      authority: [POA('kettle-works-poa.pdf')],
      seriousness: 'general',
      status: 'awaiting_response',
    },
    {
      id: 'cmp-vt-05',
      sellerId: vt,
      receivedAt: clock.daysAgo(53),
      listingIds: listingIds(listings, vt, 'ip', 1, /Nike|Jordan/),
      owner: 'Nike Innovate C.V.',
      representative: 'Clearwater IP',
      email: 'brandprotection@clearwater.example',
      phone: null,
      rightType: 'trademark',
      rightName: 'NIKE and Swoosh design',
      registrationNumber: 'EUTM 000 123 456',
      claim: 'Counterfeit trainers bearing the Swoosh, confirmed by a test purchase.',
      evidence: [CERT('nike-eutm.pdf'), { kind: 'photo', name: 'test-purchase-report.pdf' }],
      authority: [POA('nike-poa.pdf')],
      seriousness: 'serious',
      status: 'upheld',
      outcome: {
        daysAfter: 3,
        action: 'upheld',
        note: 'Upheld: counterfeit goods. Serious infringement recorded (1 of 3).',
      },
    },
    {
      id: 'cmp-vt-06',
      sellerId: vt,
      receivedAt: clock.daysAgo(100),
      listingIds: listingIds(listings, vt, 'ip', 1, /Adidas/),
      owner: 'adidas AG',
      representative: null,
      email: 'ip@adidas.example',
      phone: null,
      rightType: 'trademark',
      rightName: 'Three Stripes mark',
      registrationNumber: 'IR 730 835',
      claim: 'Unauthorised use of the three-stripe mark in product titles.',
      evidence: [CERT('adidas-ir.pdf')],
      authority: [],
      seriousness: 'general',
      status: 'accepted',
      outcome: {
        daysAfter: 1,
        action: 'accepted',
        note: 'The seller accepted the complaint; the listings were removed.',
      },
    },
    {
      id: 'cmp-mt-01',
      sellerId: mt,
      receivedAt: clock.daysAgo(60),
      listingIds: listings
        .filter((l) => l.sellerId === mt)
        .slice(0, 1)
        .map((l) => l.id),
      owner: 'Anker Innovations',
      representative: 'Grey Market Watch Ltd',
      email: 'claims@greymarketwatch.example',
      phone: null,
      rightType: 'trademark',
      rightName: 'ANKER',
      registrationNumber: 'EUTM 012 345 678',
      claim: 'Resale of ANKER chargers outside the authorised channel.',
      evidence: [CERT('anker-eutm.pdf')],
      authority: [POA('anker-poa.pdf')],
      facts: { goodsLawfullyMarketed: true },
      seriousness: 'general',
      status: 'inadmissible',
      outcome: {
        daysAfter: 4,
        action: 'inadmissible',
        note: 'Not considered: the goods were genuine and already lawfully on the market.',
      },
    },
    {
      id: 'cmp-mt-02',
      sellerId: mt,
      receivedAt: clock.daysAgo(200),
      listingIds: listings
        .filter((l) => l.sellerId === mt)
        .slice(1, 2)
        .map((l) => l.id),
      owner: 'Folk Prints Co.',
      representative: null,
      email: 'hello@folkprints.example',
      phone: null,
      rightType: 'copyright',
      rightName: 'Embroidery pattern "Meadow"',
      registrationNumber: null,
      claim: 'The embroidery pattern copies our design.',
      evidence: [{ kind: 'original_files', name: 'meadow-pattern.pdf' }],
      authority: [],
      seriousness: 'general',
      status: 'withdrawn',
      outcome: {
        daysAfter: 2,
        action: 'withdrawn',
        note: 'Withdrawn by the complainant after the seller\u2019s counter-notice.',
      },
    },
    {
      id: 'cmp-mm-01',
      sellerId: mm,
      receivedAt: clock.hoursAgo(10),
      listingIds: listingIds(listings, mm, 'ip', 2),
      owner: 'Casio Computer Co., Ltd.',
      representative: null,
      email: 'ipr@casio.example',
      phone: null,
      rightType: 'trademark',
      rightName: 'G-SHOCK',
      registrationNumber: 'IR 889 001',
      claim: 'The listings use G-SHOCK in titles for watches Casio did not make.',
      evidence: [CERT('gshock-ir.pdf')],
      authority: [],
      seriousness: 'general',
      status: 'awaiting_response',
    },
    {
      id: 'cmp-mm-02',
      sellerId: mm,
      receivedAt: clock.daysAgo(1),
      listingIds: listingIds(listings, mm, 'cat-8', 1),
      owner: 'Studio Kawa',
      representative: null,
      email: 'legal@studiokawa.example',
      phone: null,
      rightType: 'copyright',
      rightName: 'Character artwork "Miko"',
      registrationNumber: null,
      claim: 'Prints of our character artwork sold without a licence.',
      evidence: [{ kind: 'copyright_registration', name: 'miko-deposit-certificate.pdf' }],
      authority: [],
      seriousness: 'general',
      status: 'awaiting_response',
    },
    {
      id: 'cmp-mm-03',
      sellerId: mm,
      receivedAt: clock.daysAgo(5),
      listingIds: listingIds(listings, mm, 'ip', 1),
      owner: 'Lenovo (Beijing) Ltd',
      representative: null,
      email: 'ip@lenovo.example',
      phone: null,
      rightType: 'trademark',
      rightName: 'LENOVO',
      registrationNumber: 'IR 987 654',
      claim: 'Use of LENOVO in laptop accessory titles.',
      evidence: [CERT('lenovo-ir.pdf')],
      authority: [],
      seriousness: 'general',
      status: 'counter_noticed',
      outcome: {
        daysAfter: 1,
        action: 'counter_noticed',
        note: 'The seller filed a counter-notice with an authorisation letter.',
      },
    },
    {
      id: 'cmp-ng-01',
      sellerId: 'shop-nordic-gear',
      receivedAt: clock.hoursAgo(5),
      listingIds: listingIds(listings, 'shop-nordic-gear', 'ip', 1),
      owner: 'Oakley, Inc.',
      representative: null,
      email: 'brand@oakley.example',
      phone: null,
      rightType: 'trademark',
      rightName: 'OAKLEY',
      registrationNumber: 'IR 456 123',
      claim: 'Sunglasses sold as OAKLEY that Oakley did not make.',
      evidence: [CERT('oakley-ir.pdf')],
      authority: [],
      seriousness: 'serious',
      status: 'awaiting_response',
    },
    {
      id: 'cmp-sg-01',
      sellerId: 'shop-sunrise-gadgets',
      receivedAt: clock.daysAgo(3),
      listingIds: listingIds(listings, 'shop-sunrise-gadgets', 'ip', 1, /PS2|PlayStation/),
      owner: 'Sony Group Corporation',
      representative: null,
      email: 'ip@sony.example',
      phone: null,
      rightType: 'trademark',
      rightName: 'PlayStation',
      registrationNumber: 'IR 600 700',
      claim: 'Game controllers sold under the PlayStation name without authorisation.',
      evidence: [CERT('playstation-ir.pdf')],
      authority: [],
      seriousness: 'general',
      status: 'counter_noticed',
    },
  ];
  const complaints = specs.map(complaint);
  const responses: ComplaintResponse[] = [
    {
      id: 'rsp-vt-06',
      complaintId: 'cmp-vt-06',
      sellerId: vt,
      kind: 'accept',
      grounds: [],
      statement: '',
      documents: [],
      submittedAt: clock.daysAgo(99),
    },
    {
      id: 'rsp-mm-03',
      complaintId: 'cmp-mm-03',
      sellerId: mm,
      kind: 'counter_notice',
      grounds: ['authorised'],
      statement:
        'We are an authorised Lenovo accessories reseller; the authorisation letter is attached and covers these products.',
      documents: [{ kind: 'authorisation_letter', name: 'lenovo-authorisation-2026.pdf' }],
      submittedAt: clock.daysAgo(4),
    },
    {
      id: 'rsp-sg-01',
      complaintId: 'cmp-sg-01',
      sellerId: 'shop-sunrise-gadgets',
      kind: 'counter_notice',
      grounds: ['no_use_of_right'],
      statement:
        'The controllers are described as compatible with the console, which is a fair description of what they work with.',
      documents: [],
      submittedAt: clock.daysAgo(2),
    },
  ];
  return { complaints, responses };
}
