import { describe, expect, it } from 'vitest';
import { findClause } from '../policies/catalog';
import {
  admissibilityChecks,
  admissible,
  PROOF_OF_RIGHT_KINDS,
  suggestedGrounds,
  type AdmissibilityCheck,
  type AdmissibilityCheckId,
  type ComplaintForAdmissibility,
  type DocumentKindLike,
} from './admissibility';
import { COUNTER_NOTICE_GROUNDS } from './grounds';

/** A complete, admissible complaint filed by a representative; each test changes one thing. */
function complaint(patch: Partial<ComplaintForAdmissibility> = {}): ComplaintForAdmissibility {
  return {
    listingIds: ['lst-1', 'lst-2'],
    complainant: {
      rightsOwner: 'Rolex SA',
      representative: 'Baker & Lowe LLP',
      email: 'ip@bakerlowe.example',
      phone: '+44 20 7946 0018',
    },
    rightType: 'trademark',
    rightName: 'ROLEX word and crown device',
    evidence: [
      { kind: 'trademark_certificate', name: 'rolex-ir-1234567.pdf' },
      { kind: 'photo', name: 'listing-screenshots.pdf' },
    ],
    proofOfAuthority: [{ kind: 'power_of_attorney', name: 'rolex-poa-2026.pdf' }],
    facts: { linksToListing: true, distributionDispute: false, goodsLawfullyMarketed: false },
    ...patch,
  };
}

const facts = (patch: Partial<ComplaintForAdmissibility['facts']>) => ({
  facts: { linksToListing: true, distributionDispute: false, goodsLawfullyMarketed: false, ...patch },
});

function check(c: ComplaintForAdmissibility, id: AdmissibilityCheckId): AdmissibilityCheck {
  const found = admissibilityChecks(c).find((x) => x.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
}

const failedIds = (c: ComplaintForAdmissibility) =>
  admissibilityChecks(c)
    .filter((x) => !x.passed)
    .map((x) => x.id);

describe('admissibility checks', () => {
  it('runs the six checks of the reporting page, in its order, each citing a real clause', () => {
    const checks = admissibilityChecks(complaint());
    expect(checks.map((c) => c.id)).toEqual([
      'listing-link',
      'proof-of-right',
      'proof-of-authority',
      'contacts',
      'not-distribution-dispute',
      'not-lawfully-marketed',
    ]);
    for (const c of checks) {
      expect(c.clause.policy).toBe('reporting-ip-infringement');
      expect(findClause(c.clause.policy, c.clause.clause), c.id).toBeDefined();
      expect(c.label.length).toBeGreaterThan(10);
      expect(c.detail.length).toBeGreaterThan(20);
      if (c.ground !== null) expect(COUNTER_NOTICE_GROUNDS).toContain(c.ground);
    }
    expect(checks.map((c) => c.clause.clause)).toEqual([
      'contents',
      'proof-of-right',
      'proof-of-authority',
      'contacts',
      'not-considered',
      'not-considered',
    ]);
  });

  it('passes a complete complaint and suggests no ground', () => {
    const c = complaint();
    expect(failedIds(c)).toEqual([]);
    expect(admissible(admissibilityChecks(c))).toBe(true);
    expect(suggestedGrounds(c)).toEqual([]);
  });

  it('treats an empty list of checks as admissible (nothing failed)', () => {
    expect(admissible([])).toBe(true);
  });

  it('names the right, the parties and the documents in the details', () => {
    const checks = admissibilityChecks(complaint());
    const byId = Object.fromEntries(checks.map((c) => [c.id, c.detail]));
    expect(byId['listing-link']).toContain('2 listings');
    expect(byId['proof-of-right']).toContain('rolex-ir-1234567.pdf');
    expect(byId['proof-of-right']).toContain('ROLEX word and crown device');
    expect(byId['proof-of-right']).not.toContain('listing-screenshots.pdf');
    expect(byId['proof-of-authority']).toMatch(/Baker & Lowe LLP filed for Rolex SA .*rolex-poa-2026\.pdf/);
    expect(byId['contacts']).toContain('ip@bakerlowe.example');
    expect(byId['contacts']).toContain('+44 20 7946 0018');
  });

  it('says "1 listing", not "1 listings"', () => {
    expect(check(complaint({ listingIds: ['lst-1'] }), 'listing-link').detail).toContain('1 listing ');
  });
});

describe('link to a specific listing', () => {
  it('fails when the complaint names no listing', () => {
    const c = complaint({ listingIds: [], ...facts({ linksToListing: false }) });
    const result = check(c, 'listing-link');
    expect(result.passed).toBe(false);
    expect(result.detail).toMatch(/names no listing/);
    expect(result.ground).toBe('no_listing_link');
    expect(suggestedGrounds(c)).toEqual(['no_listing_link']);
  });

  it('fails when listings are known but the complaint itself gave no direct link', () => {
    const result = check(complaint(facts({ linksToListing: false })), 'listing-link');
    expect(result.passed).toBe(false);
    expect(result.detail).toMatch(/no direct link/);
  });

  it('fails when the link fact is set but no listing is named', () => {
    expect(check(complaint({ listingIds: [] }), 'listing-link').passed).toBe(false);
  });
});

describe('proof of the right', () => {
  const cases: [ComplaintForAdmissibility['rightType'], DocumentKindLike, boolean][] = [
    ['trademark', 'trademark_certificate', true],
    ['trademark', 'licence', false],
    ['trademark', 'authorisation_letter', false],
    ['trademark', 'patent', false],
    ['trademark', 'photo', false],
    ['patent', 'patent', true],
    ['patent', 'trademark_certificate', false],
    ['copyright', 'copyright_registration', true],
    ['copyright', 'original_files', true],
    ['copyright', 'licence', true],
    ['copyright', 'photo', false],
    ['copyright', 'power_of_attorney', false],
  ];
  it.each(cases)('a %s complaint backed by %s: passes = %s', (rightType, kind, passes) => {
    const c = complaint({ rightType, evidence: [{ kind, name: 'doc.pdf' }] });
    const result = check(c, 'proof-of-right');
    expect(result.passed).toBe(passes);
    expect(result.label).toContain(rightType);
    expect(suggestedGrounds(c).includes('no_proof_of_right')).toBe(!passes);
  });

  it('lists exactly the documents each right accepts', () => {
    expect(PROOF_OF_RIGHT_KINDS).toEqual({
      trademark: ['trademark_certificate'],
      patent: ['patent'],
      copyright: ['copyright_registration', 'original_files', 'licence'],
    });
  });

  it('explains that a licence does not prove a trademark', () => {
    const result = check(
      complaint({ evidence: [{ kind: 'licence', name: 'exclusive-distribution-agreement.pdf' }] }),
      'proof-of-right',
    );
    expect(result.detail).toContain('exclusive-distribution-agreement.pdf');
    expect(result.detail).toContain('not a trademark certificate');
    expect(result.detail).toMatch(/licence or a letter allowing sales does not prove/);
  });

  it('says so when there are no documents at all', () => {
    const result = check(complaint({ evidence: [] }), 'proof-of-right');
    expect(result.passed).toBe(false);
    expect(result.detail).toMatch(/no documents at all/);
  });

  it('does not count a certificate sent as proof of authority as proof of the right', () => {
    const c = complaint({
      evidence: [],
      proofOfAuthority: [{ kind: 'trademark_certificate', name: 'cert.pdf' }],
    });
    expect(check(c, 'proof-of-right').passed).toBe(false);
  });
});

describe('proof of authority', () => {
  it('is needed when a representative files, and fails without it', () => {
    const c = complaint({ proofOfAuthority: [] });
    const result = check(c, 'proof-of-authority');
    expect(result.passed).toBe(false);
    expect(result.detail).toMatch(/Baker & Lowe LLP filed for Rolex SA but attached nothing/);
    expect(suggestedGrounds(c)).toEqual(['no_proof_of_authority']);
  });

  it('passes with a note when the owner files directly', () => {
    const c = complaint({
      complainant: {
        rightsOwner: 'Lumen Photo Studio',
        representative: null,
        email: 'rights@lumenphoto.example',
        phone: null,
      },
      proofOfAuthority: [],
    });
    const result = check(c, 'proof-of-authority');
    expect(result.passed).toBe(true);
    expect(result.detail).toMatch(/Lumen Photo Studio filed the complaint itself/);
  });

  it('treats a blank representative as the owner filing', () => {
    const c = complaint({
      complainant: { ...complaint().complainant, representative: '  ' },
      proofOfAuthority: [],
    });
    expect(check(c, 'proof-of-authority').passed).toBe(true);
  });
});

describe('contact details', () => {
  const withContacts = (email: string | null, phone: string | null) =>
    complaint({ complainant: { ...complaint().complainant, email, phone } });

  it.each([
    ['email only', 'a@b.example', null, true],
    ['phone only', null, '+7 495 000 12 34', true],
    ['both', 'a@b.example', '+7 495 000 12 34', true],
    ['neither', null, null, false],
    ['blank strings', ' ', '', false],
  ] as const)('%s: passes = %s', (_name, email, phone, passes) => {
    const result = check(withContacts(email, phone), 'contacts');
    expect(result.passed).toBe(passes);
    expect(result.ground).toBeNull();
  });

  it('suggests no ground for missing contacts, though the complaint is not admissible', () => {
    const c = withContacts(null, null);
    expect(admissible(admissibilityChecks(c))).toBe(false);
    expect(suggestedGrounds(c)).toEqual([]);
  });
});

describe('complaints the marketplace does not review', () => {
  it('fails a distribution dispute and suggests that ground', () => {
    const c = complaint(facts({ distributionDispute: true }));
    const result = check(c, 'not-distribution-dispute');
    expect(result.passed).toBe(false);
    expect(result.detail).toMatch(/Rolex SA objects that you are not one of its resellers/);
    expect(suggestedGrounds(c)).toEqual(['distribution_dispute']);
  });

  it('fails goods already lawfully on the market (exhaustion) and suggests that ground', () => {
    const c = complaint(facts({ goodsLawfullyMarketed: true }));
    const result = check(c, 'not-lawfully-marketed');
    expect(result.passed).toBe(false);
    expect(result.detail).toContain('ROLEX word and crown device');
    expect(suggestedGrounds(c)).toEqual(['lawfully_marketed']);
  });
});

describe('the seeded complaint shapes', () => {
  it('Rolex through a law firm with a certificate and power of attorney: admissible', () => {
    expect(failedIds(complaint())).toEqual([]);
  });

  it('Lumen Photo, a copyright owner filing directly with original files: admissible', () => {
    const c = complaint({
      complainant: {
        rightsOwner: 'Lumen Photo Studio',
        representative: null,
        email: 'rights@lumenphoto.example',
        phone: null,
      },
      rightType: 'copyright',
      rightName: 'Product photographs, series 2025-11',
      evidence: [{ kind: 'original_files', name: 'raw-files-IMG_4471-4480.zip' }],
      proofOfAuthority: [],
    });
    expect(failedIds(c)).toEqual([]);
  });

  it('Nord Distribution, a distributor with only a distribution agreement: two failed checks', () => {
    const c = complaint({
      listingIds: ['lst-32'],
      complainant: {
        rightsOwner: 'Nord Distribution LLC',
        representative: null,
        email: 'legal@norddistribution.example',
        phone: '+7 495 000 12 34',
      },
      rightName: 'AURORA',
      evidence: [{ kind: 'licence', name: 'exclusive-distribution-agreement.pdf' }],
      proofOfAuthority: [],
      ...facts({ distributionDispute: true }),
    });
    expect(failedIds(c)).toEqual(['proof-of-right', 'not-distribution-dispute']);
    expect(suggestedGrounds(c)).toEqual(['no_proof_of_right', 'distribution_dispute']);
  });

  it('Kettle Works, a patent complaint naming no listing: one failed check', () => {
    const c = complaint({
      listingIds: [],
      complainant: {
        rightsOwner: 'Kettle Works GmbH',
        representative: 'Anwaltskanzlei Roth',
        email: 'roth@kanzlei.example',
        phone: null,
      },
      rightType: 'patent',
      rightName: 'Auto shut-off mechanism',
      evidence: [{ kind: 'patent', name: 'EP3456789.pdf' }],
      proofOfAuthority: [{ kind: 'power_of_attorney', name: 'kettle-works-poa.pdf' }],
      ...facts({ linksToListing: false }),
    });
    expect(failedIds(c)).toEqual(['listing-link']);
    expect(suggestedGrounds(c)).toEqual(['no_listing_link']);
  });

  it('Anker through a brand-protection firm about genuine goods already sold: exhaustion fails', () => {
    const c = complaint(facts({ goodsLawfullyMarketed: true }));
    expect(failedIds(c)).toEqual(['not-lawfully-marketed']);
  });

  it('a complaint failing everything suggests every ground it can, once each, in the usual order', () => {
    const c = complaint({
      listingIds: [],
      complainant: { rightsOwner: 'X', representative: 'Y', email: null, phone: null },
      evidence: [],
      proofOfAuthority: [],
      facts: { linksToListing: false, distributionDispute: true, goodsLawfullyMarketed: true },
    });
    expect(failedIds(c)).toHaveLength(6);
    expect(suggestedGrounds(c)).toEqual([
      'no_listing_link',
      'no_proof_of_right',
      'no_proof_of_authority',
      'distribution_dispute',
      'lawfully_marketed',
    ]);
  });
});

describe('in Russian', () => {
  const ru = (c: ComplaintForAdmissibility, id: AdmissibilityCheckId) => {
    const found = admissibilityChecks(c, 'ru').find((x) => x.id === id);
    if (!found) throw new Error(`no check ${id}`);
    return found;
  };

  it('reaches the same verdicts and grounds as in English, worded in Russian', () => {
    const c = complaint({ proofOfAuthority: [], ...facts({ distributionDispute: true }) });
    const strip = (checks: AdmissibilityCheck[]) =>
      checks.map(({ id, passed, ground }) => [id, passed, ground]);
    expect(strip(admissibilityChecks(c, 'ru'))).toEqual(strip(admissibilityChecks(c)));
    for (const check of admissibilityChecks(c, 'ru')) {
      expect(check.label).toMatch(/\p{Script=Cyrillic}/u);
      expect(check.detail).toMatch(/\p{Script=Cyrillic}/u);
    }
  });

  it('counts listings with the Russian forms for 1, 2-4 and 5+', () => {
    const links = (n: number) =>
      ru(complaint({ listingIds: Array.from({ length: n }, (_, i) => `lst-${i}`) }), 'listing-link').detail;
    expect(links(1)).toBe('Жалоба прямо ссылается на 1 товар вашего магазина.');
    expect(links(3)).toBe('Жалоба прямо ссылается на 3 товара вашего магазина.');
    expect(links(5)).toBe('Жалоба прямо ссылается на 5 товаров вашего магазина.');
    expect(links(21)).toBe('Жалоба прямо ссылается на 21 товар вашего магазина.');
  });

  it('declines the right and names the documents, parties and contacts', () => {
    const licence = complaint({ evidence: [{ kind: 'licence', name: 'licence.pdf' }] });
    expect(ru(licence, 'proof-of-right').label).toBe('Подтверждает наличие товарного знака');
    expect(ru(licence, 'proof-of-right').detail).toBe(
      'Жалоба по товарному знаку «ROLEX word and crown device» подкреплена только такими документами: licence.pdf. ' +
        'Это не свидетельство на товарный знак. ' +
        'Лицензия или письмо с разрешением на продажу не доказывают, кому принадлежит товарный знак.',
    );
    expect(ru(complaint({ rightType: 'patent', evidence: [] }), 'proof-of-right').detail).toBe(
      'К жалобе по патенту «ROLEX word and crown device» не приложено ни одного документа.',
    );
    expect(ru(complaint({ proofOfAuthority: [] }), 'proof-of-authority').detail).toMatch(
      /^Жалобу от имени правообладателя \(Rolex SA\) подал представитель Baker & Lowe LLP, но не приложил/,
    );
    expect(ru(complaint(), 'contacts').detail).toBe(
      'Связаться с заявителем (Baker & Lowe LLP) можно по электронной почте (ip@bakerlowe.example) или по телефону (+44 20 7946 0018).',
    );
  });
});
