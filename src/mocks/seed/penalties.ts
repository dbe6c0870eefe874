import type { Appeal, PenaltyRecord, PolicyRef } from '@/shared/api/schemas';
import { appealDeadline, penaltyExpiry } from '@/domain/penalties/rules';
import { SELLER_IDS } from './accounts';
import type { SeededListing } from './listings';
import type { Clock } from './random';

interface PenaltySpec {
  id: string;
  sellerId: string;
  kind: PenaltyRecord['kind'];
  points: number;
  status: PenaltyRecord['status'];
  daysAgo: number;
  /** The hour (UTC) of issue on that marketplace day; records sharing a day and an hour order by id. */
  hour?: number;
  ruleId: string;
  policy: PolicyRef;
  summary: string;
  source: PenaltyRecord['source'];
  appealId?: string;
}

function record(spec: PenaltySpec, clock: Clock): PenaltyRecord {
  const issued = new Date(
    spec.hour === undefined ? clock.daysAgo(spec.daysAgo, 3) : clock.dayAt(spec.daysAgo, spec.hour),
  );
  return {
    id: spec.id,
    sellerId: spec.sellerId,
    kind: spec.kind,
    source: spec.source,
    ruleId: spec.ruleId,
    policy: spec.policy,
    summary: spec.summary,
    points: spec.points,
    status: spec.status,
    issuedAt: issued.toISOString(),
    expiresAt: penaltyExpiry(issued).toISOString(),
    appealBy: appealDeadline(issued).toISOString(),
    appealId: spec.appealId ?? null,
  };
}

/** Finds a seeded listing of a shop whose template cites a clause, so each penalty points at real text. */
function listingFor(
  listings: readonly SeededListing[],
  sellerId: string,
  clause: string,
  offset = 0,
): PenaltyRecord['source'] {
  const matches = listings.filter(
    (l) => l.sellerId === sellerId && l.template?.expected.policy?.clause === clause,
  );
  const fallback = listings.filter((l) => l.sellerId === sellerId && l.check.verdict !== 'ok');
  const listing =
    matches[offset % Math.max(1, matches.length)] ?? fallback[offset % Math.max(1, fallback.length)];
  return listing
    ? { type: 'listing', id: listing.id, label: listing.title }
    : { type: 'conduct', id: null, label: 'Listing conduct' };
}

const PLP = (clause: string): PolicyRef => ({ policy: 'product-listing-policy', clause });
const IPR = (clause: string): PolicyRef => ({ policy: 'ipr-protection-policy', clause });

export function seedPenalties(
  listings: readonly SeededListing[],
  clock: Clock,
): { penalties: PenaltyRecord[]; appeals: Appeal[] } {
  const vt = SELLER_IDS.atRisk;
  const mt = SELLER_IDS.good;
  const mm = SELLER_IDS.large;
  const specs: PenaltySpec[] = [
    // Volna Trade: 22 points counted of 26 issued. One day 300 days ago hit the 12-point daily cap; four general
    // IP infringements 95 days ago are capped at 6; two serious infringements 2 days apart are one strike.
    // A pending 6-point penalty and open complaints could take the shop past 24.
    {
      id: 'pen-vt-01',
      sellerId: vt,
      kind: 'prohibited_item',
      points: 6,
      status: 'established',
      daysAgo: 300,
      hour: 8,
      ruleId: 'plp.cat-3.replica-firearm',
      policy: PLP('cat-3'),
      summary: 'Listed a replica gun, which counts as a firearm look-alike.',
      source: listingFor(listings, vt, 'cat-3'),
    },
    {
      id: 'pen-vt-11',
      sellerId: vt,
      kind: 'prohibited_item',
      points: 6,
      status: 'established',
      daysAgo: 300,
      hour: 9,
      ruleId: 'plp.cat-6.steroids',
      policy: PLP('cat-6'),
      summary: 'Listed anabolic steroids, a prescription-only medicine.',
      source: listingFor(listings, vt, 'cat-6'),
    },
    {
      id: 'pen-vt-12',
      sellerId: vt,
      kind: 'prohibited_item',
      points: 2,
      status: 'established',
      daysAgo: 300,
      hour: 11,
      ruleId: 'plp.cat-5.uniform',
      policy: PLP('cat-5'),
      summary: 'Listed a police uniform with insignia.',
      source: listingFor(listings, vt, 'cat-5'),
    },
    {
      id: 'pen-vt-02',
      sellerId: vt,
      kind: 'ip_general',
      points: 2,
      status: 'established',
      daysAgo: 95,
      hour: 10,
      ruleId: 'plp.ip.unauthorised-brand',
      policy: IPR('general-infringement'),
      summary: 'Used a brand name in a title without the owner\u2019s authorisation.',
      source: listingFor(listings, vt, 'ip', 0),
    },
    {
      id: 'pen-vt-03',
      sellerId: vt,
      kind: 'ip_general',
      points: 2,
      status: 'established',
      daysAgo: 95,
      hour: 11,
      ruleId: 'plp.ip.unauthorised-brand',
      policy: IPR('general-infringement'),
      summary: 'Used a brand name in a title without the owner\u2019s authorisation.',
      source: listingFor(listings, vt, 'ip', 1),
    },
    {
      id: 'pen-vt-13',
      sellerId: vt,
      kind: 'ip_general',
      points: 2,
      status: 'established',
      daysAgo: 95,
      hour: 13,
      ruleId: 'plp.ip.unauthorised-brand',
      policy: IPR('general-infringement'),
      summary: 'Used a brand\u2019s logo in product photos without authorisation.',
      source: listingFor(listings, vt, 'ip', 3),
    },
    {
      id: 'pen-vt-14',
      sellerId: vt,
      kind: 'ip_general',
      points: 2,
      status: 'established',
      daysAgo: 95,
      hour: 15,
      ruleId: 'plp.ip.unauthorised-brand',
      policy: IPR('general-infringement'),
      summary: 'Used a brand name in the store name without authorisation.',
      source: { type: 'conduct', id: null, label: 'Store name' },
    },
    {
      id: 'pen-vt-04',
      sellerId: vt,
      kind: 'prohibited_item',
      points: 2,
      status: 'established',
      daysAgo: 44,
      hour: 10,
      ruleId: 'plp.cat-1.drug-paraphernalia',
      policy: PLP('cat-1'),
      summary: 'Listed drug paraphernalia.',
      source: listingFor(listings, vt, 'cat-1'),
    },
    {
      id: 'pen-vt-05',
      sellerId: vt,
      kind: 'ip_serious',
      points: 0,
      status: 'established',
      daysAgo: 50,
      hour: 10,
      ruleId: 'plp.ip.replica',
      policy: IPR('serious-infringement'),
      summary: 'Sold counterfeit trainers: a serious infringement (1 of 3).',
      source: { type: 'complaint', id: 'cmp-vt-05', label: 'Complaint by Nike Innovate C.V.' },
    },
    {
      id: 'pen-vt-15',
      sellerId: vt,
      kind: 'ip_serious',
      points: 0,
      status: 'established',
      daysAgo: 48,
      hour: 14,
      ruleId: 'plp.ip.replica',
      policy: IPR('serious-infringement'),
      summary: 'Sold counterfeit trainers from a second listing named in the same case.',
      source: { type: 'complaint', id: 'cmp-vt-05', label: 'Complaint by Nike Innovate C.V.' },
    },
    {
      id: 'pen-vt-06',
      sellerId: vt,
      kind: 'evasion',
      points: 1,
      status: 'established',
      daysAgo: 12,
      ruleId: 'plp.evasion.distorted-keyword',
      policy: PLP('evasion'),
      summary: 'Disguised a banned word with spaced letters to get past the checks.',
      source: listingFor(listings, vt, 'cat-4'),
    },
    {
      id: 'pen-vt-07',
      sellerId: vt,
      kind: 'prohibited_item',
      points: 1,
      status: 'appealed',
      daysAgo: 5,
      ruleId: 'plp.general.lock-picks',
      policy: PLP('general'),
      summary: 'Listed an item that helps get around the law.',
      source: listingFor(listings, vt, 'general'),
      appealId: 'app-vt-02',
    },
    {
      id: 'pen-vt-08',
      sellerId: vt,
      kind: 'prohibited_item',
      points: 6,
      status: 'pending',
      daysAgo: 2,
      ruleId: 'plp.cat-9.signal-jammer',
      policy: PLP('cat-9'),
      summary: 'Listed a signal jammer.',
      source: listingFor(listings, vt, 'cat-9'),
    },
    {
      id: 'pen-vt-09',
      sellerId: vt,
      kind: 'prohibited_item',
      points: 2,
      status: 'reversed',
      daysAgo: 150,
      ruleId: 'plp.cat-15.gambling-machine',
      policy: PLP('cat-15'),
      summary: 'Flagged as gambling equipment; reversed on appeal (poker chips are allowed).',
      source: listingFor(listings, vt, 'cat-15'),
      appealId: 'app-vt-01',
    },
    {
      id: 'pen-vt-10',
      sellerId: vt,
      kind: 'ip_general',
      points: 2,
      status: 'expired',
      daysAgo: 400,
      ruleId: 'plp.ip.unauthorised-brand',
      policy: IPR('general-infringement'),
      summary: 'Used a brand name without authorisation (now expired).',
      source: listingFor(listings, vt, 'ip', 2),
    },
    // Maple & Thread: nothing active.
    {
      id: 'pen-mt-01',
      sellerId: mt,
      kind: 'ip_general',
      points: 2,
      status: 'expired',
      daysAgo: 420,
      ruleId: 'plp.ip.unauthorised-brand',
      policy: IPR('general-infringement'),
      summary: 'Used a brand name without authorisation (now expired).',
      source: { type: 'conduct', id: null, label: 'Store name' },
    },
    {
      id: 'pen-mt-02',
      sellerId: mt,
      kind: 'prohibited_item',
      points: 1,
      status: 'reversed',
      daysAgo: 200,
      ruleId: 'plp.cat-4.disguised-knife',
      policy: PLP('cat-4'),
      summary: 'A kitchen knife was flagged as a weapon; reversed on appeal.',
      source: { type: 'conduct', id: null, label: 'Chef knife listing' },
      appealId: 'app-mt-01',
    },
    // MegaMart Direct: a few small records across a large catalogue.
    {
      id: 'pen-mm-01',
      sellerId: mm,
      kind: 'ip_general',
      points: 2,
      status: 'established',
      daysAgo: 30,
      ruleId: 'plp.ip.unauthorised-brand',
      policy: IPR('general-infringement'),
      summary: 'Used a brand name in a title without authorisation.',
      source: listingFor(listings, mm, 'ip'),
    },
    {
      id: 'pen-mm-02',
      sellerId: mm,
      kind: 'evasion',
      points: 1,
      status: 'established',
      daysAgo: 60,
      ruleId: 'plp.evasion.distorted-keyword',
      policy: PLP('evasion'),
      summary: 'Disguised a banned word to get past the checks.',
      source: listingFor(listings, mm, 'cat-6'),
    },
    {
      id: 'pen-mm-03',
      sellerId: mm,
      kind: 'prohibited_item',
      points: 0.5,
      status: 'established',
      daysAgo: 10,
      ruleId: 'plp.cat-17.used-underwear',
      policy: PLP('cat-17'),
      summary: 'Listed a minor restricted item.',
      source: listingFor(listings, mm, 'cat-17'),
    },
    {
      id: 'pen-mm-04',
      sellerId: mm,
      kind: 'prohibited_item',
      points: 2,
      status: 'established',
      daysAgo: 350,
      ruleId: 'plp.cat-15.gambling-machine',
      policy: PLP('cat-15'),
      summary: 'Listed a coin-operated gambling machine (falls off within the month).',
      source: listingFor(listings, mm, 'cat-15'),
    },
    // Background shops, so the reviewer's sellers have histories too.
    {
      id: 'pen-ng-01',
      sellerId: 'shop-nordic-gear',
      kind: 'prohibited_item',
      points: 6,
      status: 'established',
      daysAgo: 80,
      ruleId: 'plp.cat-4.disguised-knife',
      policy: PLP('cat-4'),
      summary: 'Listed a disguised knife.',
      source: listingFor(listings, 'shop-nordic-gear', 'cat-4'),
    },
    {
      id: 'pen-sg-01',
      sellerId: 'shop-sunrise-gadgets',
      kind: 'prohibited_item',
      points: 6,
      status: 'established',
      daysAgo: 20,
      ruleId: 'plp.cat-9.signal-jammer',
      policy: PLP('cat-9'),
      summary: 'Listed a signal jammer.',
      source: listingFor(listings, 'shop-sunrise-gadgets', 'cat-9'),
    },
    {
      id: 'pen-sg-02',
      sellerId: 'shop-sunrise-gadgets',
      kind: 'ip_general',
      points: 2,
      status: 'established',
      daysAgo: 20,
      ruleId: 'plp.ip.unauthorised-brand',
      policy: IPR('general-infringement'),
      summary: 'Used a brand name without authorisation.',
      source: listingFor(listings, 'shop-sunrise-gadgets', 'ip'),
    },
  ];
  const penalties = specs.map((spec) => record(spec, clock));

  const appeals: Appeal[] = [
    {
      id: 'app-vt-01',
      penaltyId: 'pen-vt-09',
      sellerId: vt,
      reason:
        'These are clay poker chips for home games, not a gambling machine; photos of the product attached.',
      documents: [{ kind: 'photo', name: 'poker-chips-set.jpg' }],
      status: 'upheld',
      submittedAt: clock.daysAgo(147),
      decidedAt: clock.daysAgo(140),
    },
    {
      id: 'app-vt-02',
      penaltyId: 'pen-vt-07',
      sellerId: vt,
      reason:
        'The item is a practice lock set for locksmith training, sold with a transparent body and no picks for real locks.',
      documents: [{ kind: 'photo', name: 'training-lock.jpg' }],
      status: 'submitted',
      submittedAt: clock.daysAgo(3),
      decidedAt: null,
    },
    {
      id: 'app-mt-01',
      penaltyId: 'pen-mt-02',
      sellerId: mt,
      reason:
        'This is an ordinary kitchen chef knife sold in the home and kitchen category with a blade guard.',
      documents: [{ kind: 'purchase_invoice', name: 'supplier-invoice-2025.pdf' }],
      status: 'upheld',
      submittedAt: clock.daysAgo(198),
      decidedAt: clock.daysAgo(195),
    },
  ];
  return { penalties, appeals };
}
