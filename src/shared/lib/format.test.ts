import { describe, expect, it } from 'vitest';
import { formatRelative, formatTimeLeft, formatUtcDate, humanise, labelFor } from './format';

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

describe('formatTimeLeft', () => {
  const now = new Date('2026-11-20T10:00:00Z');
  it('gives days and hours while more than a day is left', () => {
    expect(formatTimeLeft('2026-11-22T14:30:00Z', now)).toMatchObject({
      text: '2 days 4 hours',
      overdue: false,
    });
    expect(formatTimeLeft('2026-11-21T10:00:00Z', now).text).toBe('1 day');
  });
  it('gives hours and minutes within a day, minutes within an hour', () => {
    expect(formatTimeLeft('2026-11-20T15:10:00Z', now).text).toBe('5 hours 10 minutes');
    expect(formatTimeLeft('2026-11-20T10:12:30Z', now).text).toBe('12 minutes');
    expect(formatTimeLeft('2026-11-20T10:00:20Z', now).text).toBe('1 minute');
  });
  it('says how long ago a passed deadline was', () => {
    expect(formatTimeLeft('2026-11-19T07:00:00Z', now)).toMatchObject({
      text: '1 day 3 hours',
      overdue: true,
    });
  });
});

describe('formatUtcDate', () => {
  it('names the UTC day, not the reader\u2019s: 23:30 UTC is still that day, 00:30 is the next', () => {
    expect(formatUtcDate('2026-08-18T23:30:00Z')).toBe('18 Aug 2026');
    expect(formatUtcDate('2026-08-19T02:00:00+03:00')).toBe('18 Aug 2026');
    expect(formatUtcDate('2026-08-19T00:30:00Z')).toBe('19 Aug 2026');
  });
});

describe('labelFor', () => {
  it('takes the catalogue\u2019s label, and words a code the catalogue does not know yet', () => {
    const labels = { 'listing.approved': 'Approved' };
    expect(labelFor(labels, 'listing.approved')).toBe('Approved');
    expect(labelFor(labels, 'garden_furniture')).toBe('Garden furniture');
    // Never a property every object has.
    expect(labelFor(labels, 'constructor')).toBe('Constructor');
  });
});
