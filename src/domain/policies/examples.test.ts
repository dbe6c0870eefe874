import { describe, expect, it } from 'vitest';
import { checkListing } from '@/domain/checker';
import { PRODUCT_LISTING_POLICY } from './catalog-listing';

/**
 * The library's listing examples are what sellers compare their titles with, so the checker must agree with them:
 * a quoted title marked "not allowed" is flagged, one marked "allowed" passes. Examples with a note in brackets
 * depend on context the title alone does not carry (an authorisation on file, a category), and examples without
 * quotes describe conduct rather than text; those are explained, not checked.
 */
const PLAIN_TITLE = /^"([^"]+)"$/;

const examples = PRODUCT_LISTING_POLICY.clauses.flatMap((clause) => [
  ...(clause.allowed ?? []).map((text) => ({ clause: clause.id, text, allowed: true })),
  ...(clause.notAllowed ?? []).map((text) => ({ clause: clause.id, text, allowed: false })),
  ...(PRODUCT_LISTING_POLICY.examples?.allowed ?? []).map((text) => ({
    clause: 'at a glance',
    text,
    allowed: true,
  })),
  ...(PRODUCT_LISTING_POLICY.examples?.notAllowed ?? []).map((text) => ({
    clause: 'at a glance',
    text,
    allowed: false,
  })),
]);
const titles = examples.flatMap((e) => {
  const title = PLAIN_TITLE.exec(e.text)?.[1];
  return title ? [{ ...e, title }] : [];
});

describe('the Product Listing Policy examples agree with the checker', () => {
  it('checks most examples as plain titles', () => {
    expect(titles.length).toBeGreaterThan(examples.length * 0.8);
  });

  for (const { clause, title, allowed } of titles) {
    it(`${clause}: "${title}" is ${allowed ? 'allowed' : 'flagged'}`, () => {
      const { verdict, findings } = checkListing({ title });
      if (allowed) expect(verdict, findings.map((f) => f.ruleId).join(', ')).toBe('ok');
      else expect(verdict).not.toBe('ok');
    });
  }
});
