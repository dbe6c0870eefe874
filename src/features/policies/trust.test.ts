import { describe, expect, it } from 'vitest';
import { compareLeastTrusted, formatRate, trustOf } from './trust';

describe('trust in a rule', () => {
  it('labels a record in plain words at the boundaries', () => {
    expect(trustOf(undefined).label).toBe('No record yet');
    expect(trustOf({ upheld: 0, overturned: 0 }).label).toBe('No record yet');
    expect(trustOf({ upheld: 5, overturned: 0 }).label).toBe('Trusted');
    expect(trustOf({ upheld: 9, overturned: 1 }).label).toBe('Trusted');
    expect(trustOf({ upheld: 8, overturned: 1 }).label).toBe('Mixed'); // 89%
    expect(trustOf({ upheld: 4, overturned: 0 }).label).toBe('Too few decisions');
    expect(trustOf({ upheld: 1, overturned: 2 }).label).toBe('Often wrong');
    expect(trustOf({ upheld: 0, overturned: 2 }).label).toBe('Too few decisions');
    expect(trustOf({ upheld: 5, overturned: 5 }).label).toBe('Mixed'); // half is not "often wrong"
    expect(trustOf({ upheld: 0, overturned: 6 })).toMatchObject({
      level: 'often_wrong',
      rate: 0,
      decided: 6,
    });
  });

  it('sorts least trusted first, rules with no record last', () => {
    const rules = [
      { id: 'none', t: trustOf(undefined) },
      { id: 'trusted', t: trustOf({ upheld: 10, overturned: 0 }) },
      { id: 'wrong', t: trustOf({ upheld: 1, overturned: 5 }) },
      { id: 'wrong-long', t: trustOf({ upheld: 2, overturned: 10 }) },
      { id: 'mixed', t: trustOf({ upheld: 6, overturned: 4 }) },
    ];
    expect(rules.sort((a, b) => compareLeastTrusted(a.t, b.t)).map((r) => r.id)).toEqual([
      'wrong-long',
      'wrong',
      'mixed',
      'trusted',
      'none',
    ]);
  });

  it('shows the rate as a whole percentage', () => {
    expect(formatRate(2 / 3)).toBe('67%');
    expect(formatRate(null)).toBe('—');
  });
});
