import { describe, expect, it } from 'vitest';
import { formatRelative, humanise } from './format';

describe('formatRelative', () => {
  const now = new Date('2026-11-21T12:00:00Z');
  it('says how long until a deadline', () => {
    expect(formatRelative('2026-11-23T12:00:00Z', now)).toBe('in 2 days');
    expect(formatRelative('2026-11-21T17:00:00Z', now)).toBe('in 5 hours');
  });
  it('says how long ago a past moment was', () => {
    expect(formatRelative('2026-11-20T12:00:00Z', now)).toBe('1 day ago');
  });
  it('never says "in 0 hours" for a deadline minutes away', () => {
    expect(formatRelative('2026-11-21T12:10:00Z', now)).toBe('in 1 hour');
  });
});

describe('humanise', () => {
  it('turns codes into words', () => {
    expect(humanise('awaiting_response')).toBe('Awaiting response');
    expect(humanise('phones-accessories')).toBe('Phones accessories');
  });
});
