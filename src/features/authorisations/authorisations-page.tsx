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
import { DocumentForm } from './document-form';
import { authorisationsQuery } from '@/shared/api/authorisations';
import { authorisationsMessages } from './messages';
import { useWithdrawDocument } from './queries';

const STATUS_TONES: Record<BrandAuthorisation['status'], Tone> = {
  verified: 'good',
  pending: 'info',
  expired: 'neutral',
  rejected: 'bad',
  withdrawn: 'neutral',
};

function BrandState({ status, now }: { status: BrandStatus; now: Date }) {
  const b = authorisationsMessages.use().brands;
  switch (status.state) {
    case 'authorised': {
      const until = status.coveredBy.validUntil;
      const days = until ? Math.max(0, Math.ceil((Date.parse(until) - now.getTime()) / DAY_MS)) : null;
      return (
        <div className="space-y-1">
          <Badge tone="good">{b.authorised}</Badge>{' '}
          {status.expiresSoon ? <Badge tone="warn">{b.expiresIn(days ?? 0)}</Badge> : null}
          {status.expiresSoon ? <p className="text-xs text-amber-900">{b.renewSoon}</p> : null}
          {status.renewalPending ? <p className="text-xs text-slate-700">{b.renewalPending}</p> : null}
        </div>
      );
    }
    case 'pending':
      return <Badge tone="info">{b.pending}</Badge>;
    case 'expired':
      return (
        <div className="space-y-1">
          <Badge tone="bad">{b.expired}</Badge>
          <p className="text-xs text-slate-700">{b.expiredText}</p>
        </div>
      );
    case 'rejected':
      return (
        <div className="space-y-1">
          <Badge tone="bad">{b.rejected}</Badge>
          {status.reason ? <p className="text-xs text-slate-800">{b.reason(status.reason)}</p> : null}
        </div>
      );
  }
}

function BrandTable({ documents, now }: { documents: BrandAuthorisation[]; now: Date }) {
  const statuses = brandStatuses(documents, now);
  const b = authorisationsMessages.use().brands;
  if (statuses.length === 0) {
    return <EmptyState title={b.empty}>{b.emptyText}</EmptyState>;
  }
  return (
    <Table
      caption={b.heading}
      head={
        <>
          <Th>{b.columns.brand}</Th>
          <Th>{b.columns.status}</Th>
          <Th>{b.columns.document}</Th>
          <Th>{b.columns.validUntil}</Th>
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
          <Td>{status.coveredBy.validUntil ? formatDate(status.coveredBy.validUntil) : b.noExpiry}</Td>
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
  const w = authorisationsMessages.use().withdraw;
  // The confirm step takes focus, so a keyboard user lands on it; "Keep it" is the safe default.
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      role="group"
      aria-label={w.label(document.fileName)}
      className="mt-2 rounded-md border border-amber-300 bg-amber-50 p-3"
    >
      <p className="text-sm text-amber-950">
        {w.question(
          document.fileName,
          document.brands.join(', '),
          document.status === 'verified',
          document.status === 'pending',
        )}
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
          {withdraw.isPending ? w.withdrawing : w.yes}
        </button>
        <button
          type="button"
          ref={keep}
          className="btn-secondary"
          disabled={withdraw.isPending}
          onClick={() => onClose(false)}
        >
          {w.keep}
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
  const m = authorisationsMessages.use();
  const d = m.documents;
  const replaces = document.replacesId ? byId.get(document.replacesId) : undefined;
  const label = d.label(m.documentTypes[document.documentType], document.brands.join(', '));
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 className="font-semibold text-slate-900">{label}</h3>
          <p className="text-sm text-slate-700">
            {d.issued(document.issuer, formatDate(document.issuedAt))} ·{' '}
            {document.validUntil ? d.validUntil(formatDate(document.validUntil)) : d.noExpiry}
          </p>
          <p className="text-sm text-slate-700">
            {document.fileName} ({formatBytes(document.fileSize)})
            {replaces ? d.replaces(replaces.fileName) : ''}
          </p>
        </div>
        <Badge tone={STATUS_TONES[document.status]}>{m.documentStatus[document.status]}</Badge>
      </div>
      {document.status === 'rejected' && document.rejectionReason ? (
        <p className="mt-2 text-sm text-red-900">{d.rejectedBecause(document.rejectionReason)}</p>
      ) : null}
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-secondary"
          aria-expanded={showFile}
          onClick={() => setShowFile(!showFile)}
        >
          {showFile ? d.hideFile : d.viewFile}
        </button>
        {document.status !== 'withdrawn' ? (
          <>
            <button type="button" className="btn-secondary" onClick={() => onReplace(document)}>
              {d.replace}
            </button>
            <button
              ref={withdrawButton}
              type="button"
              className="btn-secondary"
              aria-expanded={confirming}
              onClick={() => setConfirming(true)}
            >
              {d.withdraw}
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
  const m = authorisationsMessages.use();

  const header = <PageHeader title={m.title} description={m.description} />;
  if (query.isPending) {
    return (
      <>
        {header}
        <p role="status">{m.loading}</p>
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        {header}
        <ErrorPanel error={query.error} title={m.loadFailed} onRetry={() => void query.refetch()} />
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
            {m.brands.heading}
          </h2>
          <BrandTable documents={documents} now={now} />
        </section>

        <section aria-labelledby="documents-title">
          <h2 id="documents-title" className="mb-3 text-lg font-semibold text-slate-900">
            {m.documents.heading}
          </h2>
          {documents.length === 0 ? (
            <EmptyState title={m.documents.empty}>{m.documents.emptyText}</EmptyState>
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
                <Notice>{m.documents.sent(sent.fileName)}</Notice>
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
