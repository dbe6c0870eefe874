import { describe, expect, it } from 'vitest';
import { addWorkingDays, complaintRespondBy } from './deadline';

describe('addWorkingDays', () => {
  it('counts Monday to Friday only', () => {
    // Thursday 10:00 UTC + 3 working days = Tuesday 10:00 UTC
    expect(addWorkingDays(new Date('2026-11-19T10:00:00Z'), 3).toISOString()).toBe(
      '2026-11-24T10:00:00.000Z',
    );
  });

  it('starts counting after a weekend for a complaint received on Saturday', () => {
    expect(complaintRespondBy(new Date('2026-11-21T08:30:00Z')).toISOString()).toBe(
      '2026-11-25T08:30:00.000Z',
    );
  });

  it('keeps the moment for zero or negative days', () => {
    const from = new Date('2026-11-18T00:00:00Z');
    expect(addWorkingDays(from, 0).toISOString()).toBe(from.toISOString());
    expect(addWorkingDays(from, -2).toISOString()).toBe(from.toISOString());
  });
});
