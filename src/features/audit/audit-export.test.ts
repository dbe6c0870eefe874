import { afterEach, describe, expect, it } from 'vitest';
import { setLocale } from '@/shared/i18n/locale';
import { AUDIT_CSV_HEADER, auditCsv } from './audit-page';
import { auditMessages } from './messages';
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

describe('the audit log in Russian', () => {
  afterEach(() => setLocale('en'));

  it('keeps the export in English column names and codes, whatever the interface language', () => {
    setLocale('ru');
    const [header] = auditCsv([]).split('\r\n');
    expect(header).toBe(
      'id,at,actor,actor_id,action,subject_type,subject_id,rules,policy,clause,summary,snapshot',
    );
  });

  it('counts entries with the Russian plural, and in English as before', () => {
    expect(auditMessages.get().count(1, false)).toBe('1 entry, newest first.');
    expect(auditMessages.get().count(1_204, true)).toBe('1,204 entries match the filters, newest first.');
    setLocale('ru');
    const m = auditMessages.get();
    expect(m.count(22, true)).toBe('Подходят под фильтры: 22 записи, сначала новые.');
    expect(m.count(1_205, false)).toBe('Всего: 1\u00a0205 записей, сначала новые.');
    expect(m.exported(1)).toBe('В CSV выгружена 1 запись.');
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
