import { useSuspenseQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useBlocker } from 'react-router';
import { isApiError } from '@/shared/api/api-error';
import type { Verdict } from '@/shared/api/schemas';
import { useLiveCheck } from '@/shared/checker/use-live-check';
import { formatDateTime, formatMoney } from '@/shared/lib/format';
import { FindingList, ProductTypeLine } from '@/shared/ui/finding-list';
import { ListingFields, type ListingTextField } from '@/shared/ui/listing-fields';
import { MarkedListing } from '@/shared/ui/marked-listing';
import { PageHeader } from '@/shared/ui/page-header';
import { ReviewOnlyNotice } from '@/shared/ui/review-only-notice';
import { Card, ErrorPanel, Notice } from '@/shared/ui/panels';
import { MODERATION_OPTIONS, StatusBadge, VERDICT_OPTIONS, statusLabel } from '@/shared/ui/status-options';
import { listingsMessages } from './messages';
import { useBulkListings, useUpdateListing } from './mutations';
import { listingQuery } from './queries';
import { isDirty, useListingDraft } from './use-listing-draft';
import { uiMessages } from '@/shared/ui/messages';

const ANCHOR = 'finding-';

export function ListingDetailPage({
  listingId,
  authorizedBrands,
  clearedBy,
  reviewOnlyRules = [],
}: {
  listingId: string;
  authorizedBrands: readonly string[];
  /** For a brand the checker cleared: the document that did it, in words. */
  clearedBy?: (brand: string) => string | null;
  /** Rules reviewers put in "review only" mode: shown, never blocking. */
  reviewOnlyRules?: readonly string[];
}) {
  const all = listingsMessages.use();
  const m = all.detail;
  const categories = uiMessages.use().listingCategories;
  const { data: listing } = useSuspenseQuery(listingQuery(listingId));
  const { draft, setDraft, reset, restored } = useListingDraft(listing);
  const save = useUpdateListing(listing.id);
  const review = useBulkListings();
  // The verdict after the last save: the page words it, so a change of language rewords it.
  const [saved, setSaved] = useState<Verdict | null>(null);
  const dirty = isDirty(draft, listing);
  const check = useLiveCheck(
    { title: draft.title, description: draft.description, brand: draft.brand, category: draft.category },
    authorizedBrands,
    reviewOnlyRules,
  );
  // Marks come only from a check of the text as it is now: an older result would mark the wrong characters.
  const result = check.status === 'done' ? check.result : null;
  const shown = result
    ? [
        ...result.findings.filter((f) => f.severity !== 'info'),
        ...result.findings.filter((f) => f.severity === 'info'),
      ]
    : [];
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      dirty && !save.isPending && currentLocation.pathname !== nextLocation.pathname,
  );
  const conflict = save.error && isApiError(save.error) && save.error.status === 409;
  const removed = listing.moderation === 'removed';

  const field = (name: ListingTextField, value: string) => {
    setSaved(null);
    setDraft({ ...draft, [name]: value });
  };

  const submit = (baseVersion = draft.baseVersion) => {
    setSaved(null);
    save.mutate(
      {
        version: baseVersion,
        title: draft.title,
        description: draft.description,
        brand: draft.brand.trim() || null,
        category: draft.category,
      },
      {
        onSuccess: (next) => {
          reset();
          setSaved(next.check.verdict);
        },
      },
    );
  };

  return (
    <>
      <PageHeader
        title={listing.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge options={VERDICT_OPTIONS} value={listing.check.verdict} />
            <StatusBadge options={MODERATION_OPTIONS} value={listing.moderation} />
            <span>
              {m.meta(
                categories[listing.category],
                formatMoney(listing.priceCents, listing.currency),
                formatDateTime(listing.updatedAt),
              )}
            </span>
          </span>
        }
      />
      <div className="mb-4 space-y-2">
        {restored && dirty ? <Notice>{m.restored}</Notice> : null}
        {conflict && removed ? (
          <ErrorPanel title={m.removedTitle} error={new Error(m.removedExplained(save.error.message))} />
        ) : conflict ? (
          <ErrorPanel title={m.conflictTitle} error={new Error(m.conflictExplained(save.error.message))}>
            <button type="button" className="btn-primary" onClick={() => submit(listing.version)}>
              {m.overwrite}
            </button>
            <button
              type="button"
              className="btn-secondary"
              onClick={() => {
                save.reset();
                reset();
              }}
            >
              {m.useTheirs}
            </button>
          </ErrorPanel>
        ) : save.isError ? (
          <ErrorPanel title={m.notSaved} error={save.error} onRetry={() => submit()}>
            <span className="self-center text-sm">{m.textKept}</span>
          </ErrorPanel>
        ) : null}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title={m.marked}>
          <MarkedListing
            text={{ title: draft.title, brand: draft.brand, description: draft.description }}
            findings={shown}
            anchorPrefix={ANCHOR}
            empty={{ brand: m.noBrand, description: m.noDescription }}
          />
        </Card>
        <Card title={m.whyFlagged}>
          {check.status === 'checking' ? (
            <p className="mb-1 text-sm text-slate-700" aria-hidden="true">
              {m.checking}
            </p>
          ) : null}
          {/* Announced only when a check settles, not on every keystroke. */}
          <p role="status" className="mb-3 flex flex-wrap items-center gap-2 text-sm">
            {result ? <StatusBadge options={VERDICT_OPTIONS} value={result.verdict} /> : null}
            {check.status === 'checking'
              ? ''
              : result && shown.every((f) => f.severity === 'info')
                ? m.nothingToFix
                : result
                  ? m.automated
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
            <ErrorPanel title={m.checkerStopped} error={new Error(check.message)} />
          ) : null}
          {shown.length > 0 ? (
            <FindingList
              findings={shown}
              anchorPrefix={ANCHOR}
              noteFor={(f) => (f.ruleId === 'plp.ip.authorised-brand' ? (clearedBy?.(f.term) ?? null) : null)}
            />
          ) : null}
          <div className="mt-3">
            <ReviewOnlyNotice findings={shown} reviewOnlyRules={reviewOnlyRules} />
          </div>
          {listing.check.verdict !== 'ok' ? (
            <div className="mt-4 border-t border-slate-200 pt-3 text-sm">
              <p>{m.contest}</p>
              <button
                type="button"
                className="btn-secondary mt-2"
                disabled={
                  review.isPending ||
                  listing.moderation === 'under_review' ||
                  listing.moderation === 'removed'
                }
                onClick={() => review.mutate({ action: 'request_review', ids: [listing.id] })}
              >
                {listing.moderation === 'under_review' ? m.underReview : m.requestReview}
              </button>
              {review.isError ? <ErrorPanel title={m.requestFailed} error={review.error} /> : null}
            </div>
          ) : null}
        </Card>
      </div>

      <form
        className="mt-6 space-y-4 rounded-lg border border-slate-200 bg-white p-4"
        aria-labelledby="edit-heading"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <h2 id="edit-heading" className="text-lg font-semibold">
          {m.edit}
        </h2>
        <p className="text-sm text-slate-700">{m.editHelp}</p>
        <ListingFields values={draft} onChange={field} />
        <div className="flex flex-wrap items-center gap-2">
          <button type="submit" className="btn-primary" disabled={!dirty || save.isPending}>
            {save.isPending ? m.saving : m.save}
          </button>
          <button
            type="button"
            className="btn-secondary"
            disabled={!dirty || save.isPending}
            onClick={() => {
              save.reset();
              reset();
            }}
          >
            {m.discard}
          </button>
          <p role="status" className="text-sm">
            {saved
              ? m.saved(statusLabel(VERDICT_OPTIONS.find((o) => o.value === saved) ?? VERDICT_OPTIONS[2]))
              : dirty
                ? m.unsaved
                : ''}
          </p>
        </div>
      </form>

      {blocker.state === 'blocked' ? (
        <LeaveDialog onLeave={() => blocker.proceed?.()} onStay={() => blocker.reset?.()} />
      ) : null}
    </>
  );
}

/** Asks before leaving with unsaved edits; focus goes to "Stay", the safe choice, and Escape means Stay. */
function LeaveDialog({ onLeave, onStay }: { onLeave: () => void; onStay: () => void }) {
  const m = listingsMessages.use().leave;
  const stay = useRef<HTMLButtonElement>(null);
  const [returnTo] = useState(() =>
    document.activeElement instanceof HTMLElement ? document.activeElement : null,
  );
  const stayHere = () => {
    onStay();
    returnTo?.focus();
  };
  useEffect(() => stay.current?.focus(), []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      onStay();
      returnTo?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onStay, returnTo]);
  return (
    <div
      role="alertdialog"
      aria-modal="false"
      aria-labelledby="leave-title"
      aria-describedby="leave-text"
      className="fixed inset-x-0 bottom-4 z-20 mx-auto max-w-lg rounded-lg border border-amber-400 bg-white p-4 shadow-lg"
    >
      <p id="leave-title" className="font-semibold">
        {m.title}
      </p>
      <p id="leave-text" className="mt-1 text-sm">
        {m.text}
      </p>
      <div className="mt-3 flex gap-2">
        <button type="button" className="btn-primary" onClick={onLeave}>
          {m.leave}
        </button>
        <button ref={stay} type="button" className="btn-secondary" onClick={stayHere}>
          {m.stay}
        </button>
      </div>
    </div>
  );
}
