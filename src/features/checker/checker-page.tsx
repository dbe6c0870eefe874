import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '@/shared/api/api';
import { getAccountId } from '@/shared/api/identity';
import { Listing, type ListingCategory, type ListingCreate } from '@/shared/api/schemas';
import { ImportPanel } from './import-panel';
import { checkerMessages } from './messages';

/** Creates the listing; the server runs the checker and holds a blocked one for review. */
function useCreateListing() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ListingCreate) => api.request('/listings', { method: 'POST', body, schema: Listing }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: ['listings'] }),
        queryClient.invalidateQueries({ queryKey: ['sellers'] }),
      ]),
  });
}
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState, ErrorPanel, Notice } from '@/shared/ui/panels';
import { StatusBadge, VERDICT_OPTIONS } from '@/shared/ui/status-options';
import { FindingList, ProductTypeLine } from '@/shared/ui/finding-list';
import { ListingFields } from '@/shared/ui/listing-fields';
import { MarkedListing } from '@/shared/ui/marked-listing';
import { ReviewOnlyNotice } from '@/shared/ui/review-only-notice';
import { useLiveCheck } from '@/shared/checker/use-live-check';

/** Per account, so that switching demo accounts never shows someone else's draft. */
const draftKey = () => `scd:checker-draft:${getAccountId() ?? 'anonymous'}`;

interface Draft {
  title: string;
  description: string;
  brand: string;
  category: string;
  price: string;
}

function loadDraft(): Draft {
  const empty = { title: '', description: '', brand: '', category: 'other', price: '' };
  try {
    return { ...empty, ...(JSON.parse(window.localStorage.getItem(draftKey()) ?? '{}') as Partial<Draft>) };
  } catch {
    return empty;
  }
}

/** The pre-publish checker: results update as the seller types; the draft is kept in this browser. */
export function CheckerPage({
  authorizedBrands,
  reviewOnlyRules = [],
}: {
  authorizedBrands: readonly string[];
  /** Rules reviewers put in "review only" mode: shown, never blocking. */
  reviewOnlyRules?: readonly string[];
}) {
  const m = checkerMessages.use();
  const [draft, setDraft] = useState<Draft>(loadDraft);
  const navigate = useNavigate();
  const create = useCreateListing();
  const price = Number(draft.price.replace(',', '.'));
  const priceValid = draft.price.trim() !== '' && Number.isFinite(price) && price >= 0;
  const check = useLiveCheck(draft, authorizedBrands, reviewOnlyRules);
  const update = (field: keyof Draft, value: string) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    try {
      window.localStorage.setItem(draftKey(), JSON.stringify(next));
    } catch {
      // Storage full or disabled: the draft still lives in the form.
    }
  };
  // Only a settled check of the text as it is now marks characters; an older one would mark the wrong ones.
  const result = check.status === 'done' ? check.result : null;
  const actionable = result?.findings.filter((f) => f.severity !== 'info') ?? [];
  const fine = result?.findings.filter((f) => f.severity === 'info') ?? [];

  return (
    <>
      <PageHeader title={m.title} description={m.description} />
      <div className="grid gap-6 lg:grid-cols-2">
        <form className="space-y-4" onSubmit={(event) => event.preventDefault()} aria-label={m.form}>
          <ListingFields values={draft} onChange={update} />
          <label className="flex flex-col text-sm font-medium text-slate-800">
            {m.price}
            <input
              className="field mt-1 w-40"
              inputMode="decimal"
              value={draft.price}
              onChange={(event) => update('price', event.target.value)}
              aria-describedby="price-help"
            />
            <span id="price-help" className="mt-1 font-normal text-slate-700">
              {m.priceHelp}
            </span>
          </label>
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              className="btn-primary"
              disabled={!draft.title.trim() || !priceValid || create.isPending}
              onClick={() =>
                create.mutate(
                  {
                    title: draft.title,
                    description: draft.description,
                    brand: draft.brand.trim() || null,
                    category: draft.category as ListingCategory,
                    priceCents: Math.round(price * 100),
                  },
                  {
                    onSuccess: (listing) => {
                      window.localStorage.removeItem(draftKey());
                      void navigate(`/listings/${listing.id}`);
                    },
                  },
                )
              }
            >
              {create.isPending ? m.creating : m.create}
            </button>
            <span className="text-sm text-slate-700">{m.blockedWaits}</span>
          </div>
          {create.isError ? <ErrorPanel title={m.notCreated} error={create.error} /> : null}
          {authorizedBrands.length > 0 ? <Notice>{m.authorised(authorizedBrands.join(', '))}</Notice> : null}
        </form>
        <section aria-labelledby="checker-results">
          <h2 id="checker-results" className="mb-2 flex items-center gap-2 text-lg font-semibold">
            {m.result} {result ? <StatusBadge options={VERDICT_OPTIONS} value={result.verdict} /> : null}
          </h2>
          {check.status === 'checking' ? (
            <p className="text-sm text-slate-700" aria-hidden="true">
              {m.checking}
            </p>
          ) : null}
          {/* Announced when a check settles, not on every keystroke. */}
          <p role="status" className="mb-3 text-sm text-slate-700">
            {check.status === 'idle'
              ? m.startTyping
              : check.status === 'checking'
                ? ''
                : check.status === 'done'
                  ? actionable.length === 0
                    ? m.nothingToFix
                    : m.toFix(actionable.length)
                  : ''}
          </p>
          {result ? (
            <ProductTypeLine
              productType={result.productType}
              category={draft.category}
              className="mb-3 text-sm"
            />
          ) : null}
          {check.status === 'error' ? (
            <ErrorPanel title={m.stopped} error={new Error(check.message)} />
          ) : null}
          {check.status === 'idle' ? <EmptyState title={m.noText}>{m.appearsHere}</EmptyState> : null}
          {actionable.length > 0 ? (
            <>
              <h3 className="mb-1 font-semibold">{m.marked}</h3>
              <div className="mb-3 rounded-lg border border-slate-200 bg-white p-3">
                <MarkedListing
                  text={{ title: draft.title, description: draft.description }}
                  findings={actionable}
                  anchorPrefix="check-finding-"
                />
              </div>
              <FindingList findings={actionable} anchorPrefix="check-finding-" />
              <div className="mt-3">
                <ReviewOnlyNotice findings={actionable} reviewOnlyRules={reviewOnlyRules} />
              </div>
            </>
          ) : null}
          {fine.length > 0 ? (
            <div className="mt-4">
              <h3 className="mb-2 font-semibold">{m.fine}</h3>
              <FindingList findings={fine} />
            </div>
          ) : null}
        </section>
      </div>
      <ImportPanel authorizedBrands={authorizedBrands} reviewOnlyRules={reviewOnlyRules} />
    </>
  );
}
