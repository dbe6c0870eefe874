import { DAY_MS } from '@/domain/time';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { brandStatuses, type BrandStatus } from '@/domain/authorisations/brand-status';
import type { BrandAuthorisation } from '@/shared/api/schemas';
import { formatDate } from '@/shared/lib/format';
import { useNow } from '@/shared/lib/use-now';
import { AuthorisationFile, formatBytes } from '@/shared/ui/authorisation-file';
import { Badge, type Tone } from '@/shared/ui/badge';
import { PageHeader } from '@/shared/ui/page-header';
import { Card, EmptyState, ErrorPanel, Notice } from '@/shared/ui/panels';
import { Table, Td, Th } from '@/shared/ui/table';
import { DOCUMENT_TYPE_LABELS, DocumentForm } from './document-form';
import { authorisationsQuery } from '@/shared/api/authorisations';
import { useWithdrawDocument } from './queries';

const STATUS: Record<BrandAuthorisation['status'], { label: string; tone: Tone }> = {
  verified: { label: 'Verified', tone: 'good' },
  pending: { label: 'Waiting for review', tone: 'info' },
  expired: { label: 'Expired', tone: 'neutral' },
  rejected: { label: 'Rejected', tone: 'bad' },
  withdrawn: { label: 'Withdrawn', tone: 'neutral' },
};

function BrandState({ status, now }: { status: BrandStatus; now: Date }) {
  switch (status.state) {
    case 'authorised': {
      const until = status.coveredBy.validUntil;
      const days = until ? Math.max(0, Math.ceil((Date.parse(until) - now.getTime()) / DAY_MS)) : null;
      return (
        <div className="space-y-1">
          <Badge tone="good">Authorised</Badge>{' '}
          {status.expiresSoon ? (
            <Badge tone="warn">Expires in {days === 1 ? '1 day' : `${days} days`}</Badge>
          ) : null}
          {status.expiresSoon ? (
            <p className="text-xs text-amber-900">
              Upload a renewal before it lapses, or the warnings come back.
            </p>
          ) : null}
          {status.renewalPending ? (
            <p className="text-xs text-slate-700">A newer document waits for review.</p>
          ) : null}
        </div>
      );
    }
    case 'pending':
      return <Badge tone="info">Waiting for review</Badge>;
    case 'expired':
      return (
        <div className="space-y-1">
          <Badge tone="bad">Expired</Badge>
          <p className="text-xs text-slate-700">
            Listings naming it are warned again. Add a current document.
          </p>
        </div>
      );
    case 'rejected':
      return (
        <div className="space-y-1">
          <Badge tone="bad">Rejected</Badge>
          {status.reason ? <p className="text-xs text-slate-800">Reason: {status.reason}</p> : null}
        </div>
      );
  }
}

function BrandTable({ documents, now }: { documents: BrandAuthorisation[]; now: Date }) {
  const statuses = brandStatuses(documents, now);
  if (statuses.length === 0) {
    return (
      <EmptyState title="No brands yet">
        Add a document for a brand you sell, and it shows here once sent.
      </EmptyState>
    );
  }
  return (
    <Table
      caption="Where you stand, brand by brand"
      head={
        <>
          <Th>Brand</Th>
          <Th>Status</Th>
          <Th>Document</Th>
          <Th>Valid until</Th>
        </>
      }
    >
      {statuses.map((status) => (
        <tr key={status.brand}>
          <Td className="font-medium">{status.brand}</Td>
          <Td>
            <BrandState status={status} now={now} />
          </Td>
          <Td>{status.coveredBy.fileName}</Td>
          <Td>{status.coveredBy.validUntil ? formatDate(status.coveredBy.validUntil) : 'Does not expire'}</Td>
        </tr>
      ))}
    </Table>
  );
}

function WithdrawConfirm({
  document,
  onClose,
}: {
  document: BrandAuthorisation;
  onClose: (withdrawn: boolean) => void;
}) {
  const withdraw = useWithdrawDocument();
  const keep = useRef<HTMLButtonElement>(null);
  // The confirm step takes focus, so a keyboard user lands on it; "Keep it" is the safe default.
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      role="group"
      aria-label={`Withdraw ${document.fileName}`}
      className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3"
    >
      <p className="text-sm text-amber-950">
        Withdraw {document.fileName}? It stays in your records, but no longer counts for{' '}
        {document.brands.join(', ')}
        {document.status === 'verified' ? ': listings naming these brands are warned again.' : '.'}
        {document.status === 'pending' ? ' Its review is cancelled.' : ''}
      </p>
      {withdraw.error ? (
        <p role="alert" className="mt-1 text-sm font-medium text-red-800">
          {withdraw.error.message}
        </p>
      ) : null}
      <div className="mt-2 flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-primary"
          disabled={withdraw.isPending}
          onClick={() => withdraw.mutate(document.id, { onSuccess: () => onClose(true) })}
        >
          {withdraw.isPending ? 'Withdrawing…' : 'Yes, withdraw it'}
        </button>
        <button
          type="button"
          ref={keep}
          className="btn-secondary"
          disabled={withdraw.isPending}
          onClick={() => onClose(false)}
        >
          Keep it
        </button>
      </div>
    </div>
  );
}

function DocumentRow({
  document,
  byId,
  onReplace,
}: {
  document: BrandAuthorisation;
  byId: Map<string, BrandAuthorisation>;
  onReplace: (document: BrandAuthorisation) => void;
}) {
  const [showFile, setShowFile] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const withdrawButton = useRef<HTMLButtonElement>(null);
  const status = STATUS[document.status];
  const replaces = document.replacesId ? byId.get(document.replacesId) : undefined;
  const label = `${DOCUMENT_TYPE_LABELS[document.documentType]} for ${document.brands.join(', ')}`;
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold text-slate-900">{label}</h3>
          <p className="text-sm text-slate-700">
            Issued by {document.issuer} on {formatDate(document.issuedAt)} ·{' '}
            {document.validUntil ? `valid until ${formatDate(document.validUntil)}` : 'does not expire'}
          </p>
          <p className="text-sm text-slate-700">
            {document.fileName} ({formatBytes(document.fileSize)})
            {replaces ? ` · replaces ${replaces.fileName}` : ''}
          </p>
        </div>
        <Badge tone={status.tone}>{status.label}</Badge>
      </div>
      {document.status === 'rejected' && document.rejectionReason ? (
        <p className="mt-2 text-sm text-red-900">Why it was rejected: {document.rejectionReason}</p>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-secondary"
          aria-expanded={showFile}
          onClick={() => setShowFile(!showFile)}
        >
          {showFile ? 'Hide the file' : 'View the file'}
        </button>
        {document.status !== 'withdrawn' ? (
          <>
            <button type="button" className="btn-secondary" onClick={() => onReplace(document)}>
              Replace
            </button>
            <button
              ref={withdrawButton}
              type="button"
              className="btn-secondary"
              aria-expanded={confirming}
              onClick={() => setConfirming(true)}
            >
              Withdraw
            </button>
          </>
        ) : null}
      </div>
      {confirming ? (
        <WithdrawConfirm
          document={document}
          onClose={(withdrawn) => {
            setConfirming(false);
            if (!withdrawn) withdrawButton.current?.focus();
          }}
        />
      ) : null}
      {showFile ? (
        <div className="mt-3">
          <AuthorisationFile file={document} label={`${label}: ${document.fileName}`} />
        </div>
      ) : null}
    </li>
  );
}

/** The seller's evidence vault: where each brand stands, the documents, and adding, replacing, withdrawing. */
export function AuthorisationsPage({ accountId }: { accountId: string }) {
  const query = useQuery(authorisationsQuery());
  const now = useNow();
  const [replacing, setReplacing] = useState<BrandAuthorisation | null>(null);
  const [sent, setSent] = useState<BrandAuthorisation | null>(null);
  const formRef = useRef<HTMLDivElement>(null);

  const header = (
    <PageHeader
      title="Brand authorisations"
      description="The documents that let you name brands in your listings. A verified, current document clears the plain-brand warnings on your listings; replica wording is never cleared."
    />
  );
  if (query.isPending) {
    return (
      <>
        {header}
        <p role="status">Loading your documents…</p>
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {header}
        <ErrorPanel
          error={query.error}
          title="Your documents could not be loaded"
          onRetry={() => void query.refetch()}
        />
      </>
    );
  }
  const documents = query.data;
  const byId = new Map(documents.map((d) => [d.id, d]));
  const startReplace = (document: BrandAuthorisation) => {
    setReplacing(document);
    setSent(null);
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('select, input')?.focus());
  };

  return (
    <>
      {header}
      <div className="space-y-6">
        <section aria-labelledby="brands-title">
          <h2 id="brands-title" className="mb-3 text-lg font-semibold text-slate-900">
            Where you stand, brand by brand
          </h2>
          <BrandTable documents={documents} now={now} />
        </section>

        <section aria-labelledby="documents-title">
          <h2 id="documents-title" className="mb-3 text-lg font-semibold text-slate-900">
            Your documents
          </h2>
          {documents.length === 0 ? (
            <EmptyState title="No documents yet">
              Add an authorisation letter, trademark certificate, licence or invoice below.
            </EmptyState>
          ) : (
            <ul className="space-y-3">
              {documents.map((document) => (
                <DocumentRow key={document.id} document={document} byId={byId} onReplace={startReplace} />
              ))}
            </ul>
          )}
        </section>

        <div ref={formRef}>
          <Card>
            {sent ? (
              <div role="status" className="mb-4">
                <Notice>
                  {sent.fileName} was sent for verification. You will get a notification when a reviewer
                  decides.
                </Notice>
              </div>
            ) : null}
            <DocumentForm
              key={replacing?.id ?? 'new'}
              accountId={accountId}
              replacing={replacing ?? undefined}
              onDone={(created) => {
                setSent(created);
                setReplacing(null);
              }}
              onCancel={replacing ? () => setReplacing(null) : undefined}
            />
          </Card>
        </div>
      </div>
    </>
  );
}
