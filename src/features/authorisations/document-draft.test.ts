import { describe, expect, it } from 'vitest';
import {
  EMPTY_DRAFT,
  parseDraft,
  serverErrors,
  splitBrands,
  toMetadata,
  validateDraft,
} from './document-draft';

const TODAY = '2026-11-20';
const pdf = (size = 100, type = 'application/pdf') =>
  new File([new Uint8Array(size)], 'letter.pdf', { type });
const good = { ...EMPTY_DRAFT, brands: 'Nike, jordan ,NIKE', issuer: 'Nike Inc', issuedAt: '2026-10-01' };

describe('the document draft', () => {
  it('splits brands on commas, dropping blanks and repeats', () => {
    expect(splitBrands('Nike, jordan ,NIKE,, ;Air Max')).toEqual(['Nike', 'jordan', 'Air Max']);
  });

  it('checks what the server checks, dates included', () => {
    expect(validateDraft(good, pdf(), TODAY)).toEqual({});
    expect(Object.keys(validateDraft(EMPTY_DRAFT, null, TODAY)).sort()).toEqual([
      'brands',
      'file',
      'issuedAt',
      'issuer',
    ]);
    expect(validateDraft({ ...good, validUntil: '2026-10-01' }, pdf(), TODAY).validUntil).toMatch(/after/);
    expect(validateDraft({ ...good, validUntil: '2026-11-19' }, pdf(), TODAY).validUntil).toMatch(/expired/);
    expect(validateDraft({ ...good, issuedAt: '2026-11-21' }, pdf(), TODAY).issuedAt).toMatch(/future/);
    expect(validateDraft(good, pdf(5 * 1024 * 1024 + 1), TODAY).file).toMatch(/5 MB/);
    expect(validateDraft(good, pdf(10, 'text/plain'), TODAY).file).toMatch(/PDF, PNG/);
  });

  it('sends the issue date from the start of its day and valid-until to the end of its day', () => {
    expect(toMetadata({ ...good, validUntil: '2027-01-31' })).toEqual({
      documentType: 'authorisation_letter',
      brands: ['Nike', 'jordan'],
      issuer: 'Nike Inc',
      issuedAt: '2026-10-01T00:00:00Z',
      validUntil: '2027-01-31T23:59:59Z',
    });
  });

  it('ignores a stored draft of another shape, and maps server errors to fields', () => {
    expect(parseDraft({ documentType: 'selfie' })).toBeNull();
    expect(parseDraft({ ...good, extra: 1 })).toEqual(good);
    expect(serverErrors({ 'brands.0': ['Empty.'], file: ['Not a PDF.'], body: ['x'] })).toEqual({
      brands: 'Empty.',
      file: 'Not a PDF.',
    });
  });
});
