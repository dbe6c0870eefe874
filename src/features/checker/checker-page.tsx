import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api } from '@/shared/api/api';
import { getAccountId } from '@/shared/api/identity';
import { Listing, type ListingCategory, type ListingCreate } from '@/shared/api/schemas';
import { ImportPanel } from './import-panel';
import { LISTING_CATEGORIES } from '@/shared/api/schemas';

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
import { humanise } from '@/shared/lib/format';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState, ErrorPanel, Notice } from '@/shared/ui/panels';
import { StatusBadge, VERDICT_OPTIONS } from '@/shared/ui/status-options';
import { FindingList } from '@/shared/ui/finding-list';
import { HighlightedText, highlightsFor } from '@/shared/ui/highlighted-text';
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
export function CheckerPage({ authorizedBrands }: { authorizedBrands: readonly string[] }) {
  const [draft, setDraft] = useState<Draft>(loadDraft);
  const navigate = useNavigate();
  const create = useCreateListing();
  const price = Number(draft.price.replace(',', '.'));
  const priceValid = draft.price.trim() !== '' && Number.isFinite(price) && price >= 0;
  const check = useLiveCheck(draft, authorizedBrands);
  const update = (field: keyof Draft) => (event: { target: { value: string } }) => {
    const next = { ...draft, [field]: event.target.value };
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
      <PageHeader
        title="Pre-publish checker"
        description="Type or paste a listing: the checker shows what it would flag, on which words, under which clause, and how to fix it. Nothing is saved to your shop."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <form
          className="space-y-4"
          onSubmit={(event) => event.preventDefault()}
          aria-label="Listing to check"
        >
          <label className="flex flex-col text-sm font-medium text-slate-800">
            Title
            <input className="field mt-1" value={draft.title} onChange={update('title')} maxLength={200} />
          </label>
          <label className="flex flex-col text-sm font-medium text-slate-800">
            Description
            <textarea
              className="field mt-1 min-h-40"
              value={draft.description}
              onChange={update('description')}
            />
          </label>
          <div className="grid gap-4 sm:grid-cols-2">
            <label className="flex flex-col text-sm font-medium text-slate-800">
              Brand
              <input className="field mt-1" value={draft.brand} onChange={update('brand')} maxLength={100} />
            </label>
            <label className="flex flex-col text-sm font-medium text-slate-800">
              Category
              <select className="field mt-1" value={draft.category} onChange={update('category')}>
                {LISTING_CATEGORIES.map((category) => (
                  <option key={category} value={category}>
                    {humanise(category)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <label className="flex flex-col text-sm font-medium text-slate-800">
            Price (USD)
            <input
              className="field mt-1 w-40"
              inputMode="decimal"
              value={draft.price}
              onChange={update('price')}
              aria-describedby="price-help"
            />
            <span id="price-help" className="mt-1 font-normal text-slate-700">
              Needed only to create the listing.
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
              {create.isPending ? 'Creating…' : 'Create listing'}
            </button>
            <span className="text-sm text-slate-700">
              A listing the checker blocks waits for a reviewer instead of going live.
            </span>
          </div>
          {create.isError ? <ErrorPanel title="The listing was not created" error={create.error} /> : null}
          {authorizedBrands.length > 0 ? (
            <Notice>Your verified brand authorisations are applied: {authorizedBrands.join(', ')}.</Notice>
          ) : null}
        </form>
        <section aria-labelledby="checker-results">
          <h2 id="checker-results" className="mb-2 flex items-center gap-2 text-lg font-semibold">
            Result {result ? <StatusBadge options={VERDICT_OPTIONS} value={result.verdict} /> : null}
          </h2>
          {check.status === 'checking' ? (
            <p className="text-sm text-slate-700" aria-hidden="true">
              Checking…
            </p>
          ) : null}
          {/* Announced when a check settles, not on every keystroke. */}
          <p role="status" className="mb-3 text-sm text-slate-700">
            {check.status === 'idle'
              ? 'Start typing to check the listing.'
              : check.status === 'checking'
                ? ''
                : check.status === 'done'
                  ? actionable.length === 0
                    ? 'Nothing to fix: this listing can be published.'
                    : `${actionable.length} thing${actionable.length === 1 ? '' : 's'} to fix before publishing.`
                  : ''}
          </p>
          {check.status === 'error' ? (
            <ErrorPanel title="The checker stopped" error={new Error(check.message)} />
          ) : null}
          {check.status === 'idle' ? (
            <EmptyState title="No text yet">The result appears here as you type.</EmptyState>
          ) : null}
          {actionable.length > 0 ? (
            <>
              <h3 className="mb-1 font-semibold">Your text, with the flagged words marked</h3>
              <dl className="mb-3 space-y-2 rounded-lg border border-slate-200 bg-white p-3 text-sm">
                {draft.title ? (
                  <div>
                    <dt className="font-medium text-slate-700">Title</dt>
                    <dd>
                      <HighlightedText
                        text={draft.title}
                        highlights={highlightsFor(actionable, 'title')}
                        anchorPrefix="check-finding-"
                      />
                    </dd>
                  </div>
                ) : null}
                {draft.description ? (
                  <div>
                    <dt className="font-medium text-slate-700">Description</dt>
                    <dd>
                      <HighlightedText
                        text={draft.description}
                        highlights={highlightsFor(actionable, 'description')}
                        anchorPrefix="check-finding-"
                      />
                    </dd>
                  </div>
                ) : null}
              </dl>
              <FindingList findings={actionable} anchorPrefix="check-finding-" />
            </>
          ) : null}
          {fine.length > 0 ? (
            <div className="mt-4">
              <h3 className="mb-2 font-semibold">Checked and fine</h3>
              <FindingList findings={fine} />
            </div>
          ) : null}
        </section>
      </div>
      <ImportPanel authorizedBrands={authorizedBrands} />
    </>
  );
}
