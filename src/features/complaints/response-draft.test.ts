import { describe, expect, it } from 'vitest';
import { draftKey, emptyDraft, parseDraft, responseErrors, validateDraft } from './response-draft';

const STATEMENT = 'The complainant is a distributor, not the owner of the mark.';

describe('complaint response drafts', () => {
  it('keys a draft by account and complaint', () => {
    expect(draftKey('seller-at-risk', 'cmp-vt-03')).toBe('scd:complaint-draft:seller-at-risk:cmp-vt-03');
  });

  it('starts a new draft with the suggested grounds ticked', () => {
    expect(emptyDraft(['distribution_dispute'])).toEqual({
      choice: null,
      grounds: ['distribution_dispute'],
      statement: '',
      documents: [],
    });
  });

  it('reads back a stored draft and ignores damaged or foreign ones', () => {
    const draft = {
      choice: 'counter_notice',
      grounds: ['authorised'],
      statement: 'half a sentence',
      documents: [{ kind: 'purchase_invoice', name: '' }],
    };
    expect(parseDraft(draft)).toEqual(draft);
    expect(parseDraft(null)).toBeNull();
    expect(parseDraft('text')).toBeNull();
    expect(parseDraft({ ...draft, grounds: ['made_up'] })).toBeNull();
    expect(parseDraft({ ...draft, choice: 'ignore' })).toBeNull();
    expect(parseDraft({ ...draft, documents: [{ kind: 'scroll', name: 'x' }] })).toBeNull();
  });

  it('asks for a choice first', () => {
    expect(validateDraft(emptyDraft([]))).toEqual({
      ok: false,
      errors: { kind: 'Choose whether to accept the complaint or to file a counter-notice.' },
    });
  });

  it('sends only the kind when accepting, whatever else the draft holds', () => {
    expect(validateDraft({ ...emptyDraft(['authorised']), choice: 'accept', statement: 'x' })).toEqual({
      ok: true,
      body: { kind: 'accept' },
    });
  });

  it('checks a counter-notice with the API schema and says what to fix, per field', () => {
    const result = validateDraft({
      choice: 'counter_notice',
      grounds: [],
      statement: '   too short    ',
      documents: [
        { kind: 'purchase_invoice', name: 'invoice.pdf' },
        { kind: 'photo', name: '  ' },
      ],
    });
    expect(result).toEqual({
      ok: false,
      errors: {
        grounds: 'Choose at least one ground.',
        statement: 'Write a statement of at least 30 characters.',
        documents: 'Document 2: Give the document a file name.',
      },
    });
  });

  it('passes a complete counter-notice through as the body', () => {
    const draft = {
      choice: 'counter_notice' as const,
      grounds: ['distribution_dispute' as const],
      statement: STATEMENT,
      documents: [{ kind: 'purchase_invoice' as const, name: 'invoice.pdf' }],
    };
    expect(validateDraft(draft)).toEqual({
      ok: true,
      body: {
        kind: 'counter_notice',
        grounds: draft.grounds,
        statement: STATEMENT,
        documents: draft.documents,
      },
    });
  });

  it('maps the API\u2019s field errors onto the form, first message per field', () => {
    expect(
      responseErrors({
        statement: ['Too short.', 'Second message.'],
        'grounds.1': ['Invalid option.'],
        'documents.2.name': ['Give the document a file name.'],
        documents: ['Attach at most 10 documents.'],
        body: ['Choose one.'],
        extra: ['This field is not part of the request.'],
      }),
    ).toEqual({
      statement: 'Too short.',
      grounds: 'Invalid option.',
      documents: 'Document 3: Give the document a file name.',
      kind: 'Choose one.',
      form: 'extra: This field is not part of the request.',
    });
    expect(responseErrors({ statement: [] })).toEqual({});
  });
});
