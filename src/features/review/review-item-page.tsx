import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { admissibilityChecks } from '@/domain/complaints/admissibility';
import { GROUND_LABELS } from '@/domain/complaints/grounds';
import { useLocale } from '@/shared/i18n/locale';
import type { DecisionAction, ListingReading, ReviewItemDetail } from '@/shared/api/schemas';
import { useReviewOnlyRules } from '@/shared/api/rule-modes';
import { useLiveCheck } from '@/shared/checker/use-live-check';
import { formatDate, formatDateTime } from '@/shared/lib/format';
import { useShortcuts } from '@/shared/lib/use-shortcuts';
import { AdmissibilityPanel } from '@/shared/ui/admissibility-panel';
import { AuthorisationFile, formatBytes } from '@/shared/ui/authorisation-file';
import { Badge } from '@/shared/ui/badge';
import { FindingList, ProductTypeLine } from '@/shared/ui/finding-list';
import { MarkedListing } from '@/shared/ui/marked-listing';
import { PageHeader } from '@/shared/ui/page-header';
import { Card, Notice } from '@/shared/ui/panels';
import { documentKindLabel } from '@/shared/ui/documents-field';
import { uiMessages } from '@/shared/ui/messages';
import { ShortcutsDialog } from '@/shared/ui/shortcuts-dialog';
import { actionsFor, DecisionPanel } from './decision-panel';
import { reviewMessages } from './messages';
import { queueFiltersFrom, reviewItemQuery, reviewItemsQuery } from './queries';

const ANCHOR = 'review-finding';

/** The checker's reading of a field, with the words it read differently marked and explained. */
function Reading({ reading }: { reading: ListingReading }) {
  const m = reviewMessages.use().evidence;
  const parts: { text: string; span?: ListingReading['spans'][number] }[] = [];
  let at = 0;
  for (const span of reading.spans) {
    if (span.start > at) parts.push({ text: reading.text.slice(at, span.start) });
    parts.push({ text: reading.text.slice(span.start, span.end), span });
    at = span.end;
  }
  if (at < reading.text.length) parts.push({ text: reading.text.slice(at) });
  return (
    <div>
      <dt className="font-medium text-slate-700">{m.field[reading.field]}</dt>
      <dd className="break-words">
        {parts.map((part, i) =>
          part.span ? (
            <mark
              key={i}
              className="rounded-sm bg-fuchsia-100 px-0.5 text-fuchsia-950 ring-1 ring-fuchsia-400"
            >
              {part.text}
              <span className="text-xs"> {m.readAs(part.span.read, m.why[part.span.why])}</span>
            </mark>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
        <span className="mt-1 block font-mono text-xs text-slate-700">
          {m.folded} {reading.folded}
        </span>
      </dd>
    </div>
  );
}

/** A vault document as the seller sent it: what it claims, and the file itself, to check one against the other. */
function DocumentCard({ document }: { document: NonNullable<ReviewItemDetail['document']> }) {
  const m = reviewMessages.use().document;
  const type = m.types[document.documentType];
  const label = m.label(type, document.brands.join(', '));
  return (
    <Card title={m.title} className="lg:col-span-2">
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium text-slate-700">{m.brands}</dt>
        <dd>{document.brands.join(', ')}</dd>
        <dt className="font-medium text-slate-700">{m.type}</dt>
        <dd>{type}</dd>
        <dt className="font-medium text-slate-700">{m.issuer}</dt>
        <dd>{document.issuer}</dd>
        <dt className="font-medium text-slate-700">{m.issuedOn}</dt>
        <dd>{formatDate(document.issuedAt)}</dd>
        <dt className="font-medium text-slate-700">{m.validUntil}</dt>
        <dd>{document.validUntil ? formatDate(document.validUntil) : m.noExpiry}</dd>
        <dt className="font-medium text-slate-700">{m.status}</dt>
        <dd>
          <Badge
            tone={document.status === 'verified' ? 'good' : document.status === 'rejected' ? 'bad' : 'info'}
          >
            {m.statuses[document.status]}
          </Badge>
          {document.rejectionReason ? ` ${document.rejectionReason}` : ''}
        </dd>
        <dt className="font-medium text-slate-700">{m.file}</dt>
        <dd>
          {document.fileName} ({formatBytes(document.fileSize)})
          {document.replacesId ? m.replaces(document.replacesId) : ''}
        </dd>
      </dl>
      <p className="mt-3 text-sm text-slate-700">{m.howToCheck}</p>
      <div className="mt-3">
        <AuthorisationFile file={document} label={`${label}: ${document.fileName}`} />
      </div>
    </Card>
  );
}

function ListingEvidence({ detail }: { detail: ReviewItemDetail }) {
  const all = reviewMessages.use();
  const m = all.evidence;
  const listing = detail.listing;
  const check = useLiveCheck(
    {
      title: listing?.title ?? '',
      description: listing?.description ?? '',
      brand: listing?.brand ?? '',
      category: listing?.category,
    },
    detail.authorizedBrands,
    useReviewOnlyRules(),
    0,
  );
  if (!listing) return null;
  const findings = check.status === 'done' ? check.result.findings : [];
  const disguised = detail.readings.reduce((n, r) => n + r.spans.length, 0);
  return (
    <>
      <Card title={m.asBuyerSees}>
        <MarkedListing
          text={{ title: listing.title, brand: listing.brand ?? '', description: listing.description }}
          findings={findings}
          anchorPrefix={ANCHOR}
          empty={{ brand: m.noBrand, description: m.noDescription }}
        />
        <p className="mt-2 text-xs text-slate-700">
          {m.meta(
            uiMessages.get().listingCategories[listing.category],
            m.moderation[listing.moderation],
            formatDate(listing.createdAt),
          )}
        </p>
      </Card>
      <Card title={m.whatCheckerRead}>
        <p className="mb-2 text-sm text-slate-700">
          {disguised > 0 ? m.disguised(disguised) : m.noneDisguised}
        </p>
        <dl className="space-y-3 text-sm">
          {detail.readings.map((reading) => (
            <Reading key={reading.field} reading={reading} />
          ))}
        </dl>
      </Card>
      <Card title={m.findings} className="lg:col-span-2">
        {check.status === 'checking' ? <p className="text-sm text-slate-700">{m.checking}</p> : null}
        {check.status === 'done' ? (
          <ProductTypeLine
            productType={check.result.productType}
            category={listing.category}
            className="mb-3 text-sm"
          />
        ) : null}
        {check.status === 'error' ? (
          <p role="alert" className="text-sm text-red-800">
            {m.checkerStopped(check.message, detail.item.reason)}
          </p>
        ) : null}
        {findings.length > 0 ? (
          <FindingList findings={findings} anchorPrefix={ANCHOR} />
        ) : check.status === 'done' ? (
          <p className="text-sm">{m.nothingNow}</p>
        ) : null}
      </Card>
    </>
  );
}

/** What the seller answered to the complaint: a reviewer upholding it must have read the counter-notice. */
function SellerAnswer({ responses }: { responses: ReviewItemDetail['responses'] }) {
  const m = reviewMessages.use().item;
  const locale = useLocale();
  return (
    <Card title={m.answer} className="lg:col-span-2">
      {responses.length === 0 ? (
        <p className="text-sm text-slate-700">{m.noAnswer}</p>
      ) : (
        <ul className="space-y-3 text-sm">
          {responses.map((response) => (
            <li key={response.id}>
              <p className="font-medium">
                {response.kind === 'accept'
                  ? m.accepted(formatDateTime(response.submittedAt))
                  : m.counterNoticed(formatDateTime(response.submittedAt))}
              </p>
              {response.grounds.length > 0 ? (
                <p className="mt-1">
                  <span className="font-medium">{m.answerGrounds}</span>{' '}
                  {response.grounds.map((g) => GROUND_LABELS[locale][g]).join('; ')}.
                </p>
              ) : null}
              {response.statement ? (
                <p className="mt-1 whitespace-pre-line break-words">
                  <span className="font-medium">{m.answerStatement}</span> {response.statement}
                </p>
              ) : null}
              {response.documents.length > 0 ? (
                <p className="mt-1 break-words">
                  <span className="font-medium">{m.answerDocuments}</span>{' '}
                  {response.documents.map((d) => `${d.name} (${documentKindLabel(d.kind)})`).join(', ')}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function SellerCard({ detail }: { detail: ReviewItemDetail }) {
  const all = reviewMessages.use();
  const m = all.seller;
  const { seller, history } = detail;
  return (
    <Card title={m.title}>
      <p className="font-medium">{seller.shopName}</p>
      <p className="text-sm">
        {m.standing(
          seller.standing.activePoints,
          seller.standing.seriousIpStrikes,
          seller.standing.openComplaints,
          seller.standing.blockedListings,
        )}
      </p>
      <h3 className="mt-3 text-sm font-semibold">{m.history}</h3>
      {history.length === 0 ? (
        <p className="text-sm text-slate-700">{m.noHistory}</p>
      ) : (
        <ul className="mt-1 space-y-1 text-sm">
          {history.map((d) => (
            <li key={d.id}>
              {formatDate(d.decidedAt)} · {all.decisionAction[d.action]} · {d.itemTitle}
              <span className="block text-xs text-slate-700">
                {d.reviewer.name}: {d.reason}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export function ReviewItemPage({ itemId }: { itemId: string }) {
  const locale = useLocale();
  const m = reviewMessages.use();
  const { data: detail } = useSuspenseQuery(reviewItemQuery(itemId));
  const [params] = useSearchParams();
  const { data: queue } = useSuspenseQuery(reviewItemsQuery(queueFiltersFrom(params)));
  const navigate = useNavigate();
  const [action, setAction] = useState<DecisionAction | null>(null);
  const [keyPicks, setKeyPicks] = useState(0);
  const [help, setHelp] = useState(false);
  const location = useLocation();
  // What was just recorded on the previous item, carried by the navigation to this one.
  const recorded = (location.state as { recorded?: string } | null)?.recorded ?? null;
  const { item } = detail;
  const index = queue.findIndex((q) => q.id === item.id);
  const search = params.size ? `?${params}` : '';
  const go = (id: string | undefined, recordedNote?: string) => {
    if (id)
      void navigate(`/review/${encodeURIComponent(id)}${search}`, { state: { recorded: recordedNote } });
  };
  const next = queue[index + 1]?.id ?? queue.find((q) => q.id !== item.id)?.id;
  const previous = index > 0 ? queue[index - 1]?.id : undefined;
  const actions = actionsFor(item.kind);

  useShortcuts({
    ...Object.fromEntries(
      actions.map((a) => [
        a.key,
        () => {
          setAction(a.action);
          setKeyPicks((n) => n + 1);
        },
      ]),
    ),
    j: () => go(next),
    k: () => go(previous),
    '?': () => setHelp(true),
    Escape: () => void navigate(`/review${search}`),
  });

  const shortcuts = [
    ...actions.map((a) => ({ keys: a.key, does: a.label })),
    { keys: 'Ctrl+Enter', does: m.itemShortcuts.record },
    { keys: 'j / k', does: m.itemShortcuts.move },
    { keys: 'Escape', does: m.itemShortcuts.back },
    { keys: '?', does: m.itemShortcuts.help },
  ];

  return (
    <>
      <PageHeader
        title={item.title}
        description={m.item.header(
          m.kind[item.kind],
          item.risk,
          item.pointsAtStake,
          formatDateTime(item.createdAt),
        )}
        actions={
          <>
            <Link className="btn-secondary" to={`/review${search}`}>
              {m.item.queue}
            </Link>
            <button type="button" className="btn-secondary" onClick={() => setHelp(true)}>
              {m.item.shortcuts} <kbd className="font-mono">?</kbd>
            </button>
          </>
        }
      />
      <div className="mb-4 empty:hidden" role="status">
        {recorded && !action ? <Notice>{recorded}</Notice> : null}
      </div>
      <p className="mb-4 text-sm text-slate-700">
        {index >= 0 ? m.item.position(index + 1, queue.length) : m.item.notInQueue} {m.item.whyHere}{' '}
        {item.reason}
        {item.ruleIds.length > 0 ? ` (${item.ruleIds.join(', ')})` : ''}
      </p>
      <div className="grid gap-4 lg:grid-cols-2">
        <div className="lg:col-span-2">
          <DecisionPanel
            key={item.id}
            detail={detail}
            action={action}
            keyPicks={keyPicks}
            onAction={setAction}
            onDecided={(done) => {
              const label = actions.find((a) => a.action === done)?.label ?? m.decisionAction[done];
              if (next && next !== item.id) go(next, m.item.recordedNext(label));
              else void navigate(`/review${search}`, { state: { recorded: m.item.recordedLast(label) } });
            }}
          />
        </div>
        <ListingEvidence detail={detail} />
        {detail.complaint ? (
          <AdmissibilityPanel checks={admissibilityChecks(detail.complaint, locale)} reviewer />
        ) : null}
        {detail.complaint ? (
          <Card title={m.item.complaint} className="lg:col-span-2">
            <p className="break-words">{detail.complaint.claim}</p>
            <p className="mt-1 text-sm">
              {m.item.rightType[detail.complaint.rightType]}: {detail.complaint.rightName} ·{' '}
              {m.item.seriousness[detail.complaint.seriousness]} ·{' '}
              <Link className="link" to={`/complaints/${encodeURIComponent(detail.complaint.id)}`}>
                {m.item.openComplaint}
              </Link>
            </p>
          </Card>
        ) : null}
        {detail.complaint ? <SellerAnswer responses={detail.responses} /> : null}
        {detail.document ? <DocumentCard document={detail.document} /> : null}
        <SellerCard detail={detail} />
        <Card title={m.item.decisions}>
          {detail.decisions.length === 0 ? (
            <p className="text-sm text-slate-700">{m.item.noDecision}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {detail.decisions.map((d) => (
                <li key={d.id}>
                  {formatDateTime(d.decidedAt)} · {d.reviewer.name}: {m.decisionAction[d.action]}. {d.reason}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      <ShortcutsDialog open={help} onClose={() => setHelp(false)} shortcuts={shortcuts} />
    </>
  );
}
