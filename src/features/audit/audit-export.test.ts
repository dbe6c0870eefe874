import { describe, expect, it } from 'vitest';
import { AUDIT_CSV_HEADER, auditCsv } from './audit-page';
import { auditFiltersFromSearch } from './queries';

describe('the audit log export', () => {
  it('writes one row per entry with every cell defused', () => {
    const csv = auditCsv([
      {
        id: 'aud-1',
        at: '2026-11-20T10:00:00.000Z',
        actor: { kind: 'seller', id: 'seller-at-risk', name: '=HYPERLINK("http://x")' },
        action: 'complaint.counter_noticed',
        subject: { type: 'complaint', id: 'cmp-1' },
        summary: '+1 line one\nline two, "quoted"',
        policy: { policy: 'reporting-ip-infringement', clause: 'forwarding' },
        snapshot: null,
        ruleIds: ['plp.ip.replica'],
      },
    ]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(AUDIT_CSV_HEADER.join(','));
    expect(row).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`"'+1 line one\nline two, ""quoted"""`);
    expect(row).toContain(',plp.ip.replica,reporting-ip-infringement,forwarding,');
  });
});

describe('the audit filters in the address', () => {
  it('keeps what the API accepts and drops the rest', () => {
    expect(
      auditFiltersFromSearch(
        new URLSearchParams('q=+lock+&action=rule&actor=&subjectType=listing&from=2026-02-31&to=2026-11-20'),
      ),
    ).toEqual({ q: 'lock', action: 'rule', subjectType: 'listing', to: '2026-11-20' });
    expect(auditFiltersFromSearch(new URLSearchParams('action=penalty'))).toEqual({});
    expect(auditFiltersFromSearch(new URLSearchParams('from=2026-11-20&to=2026-11-01'))).toEqual({
      from: '2026-11-01',
      to: '2026-11-20',
    });
  });
});
