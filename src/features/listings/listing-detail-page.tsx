import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { formatDateTime, formatMoney, humanise } from '@/shared/lib/format';
import { PageHeader } from '@/shared/ui/page-header';
import { Card } from '@/shared/ui/panels';
import { MODERATION_OPTIONS, StatusBadge, VERDICT_OPTIONS } from '@/shared/ui/status-options';
import { listingQuery } from './queries';

export function ListingDetailPage({ listingId }: { listingId: string }) {
  const { data: listing } = useSuspenseQuery(listingQuery(listingId));
  return (
    <>
      <PageHeader
        title={listing.title}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <StatusBadge options={VERDICT_OPTIONS} value={listing.check.verdict} />
            <StatusBadge options={MODERATION_OPTIONS} value={listing.moderation} />
            <span>
              {humanise(listing.category)} · {formatMoney(listing.priceCents, listing.currency)} · updated{' '}
              {formatDateTime(listing.updatedAt)}
            </span>
          </span>
        }
      />
      <div className="grid gap-4 lg:grid-cols-3">
        <Card title="Listing text" className="lg:col-span-2">
          <dl className="space-y-3 text-sm">
            <div>
              <dt className="font-medium text-slate-700">Brand</dt>
              <dd>{listing.brand ?? 'None given'}</dd>
            </div>
            <div>
              <dt className="font-medium text-slate-700">Description</dt>
              <dd className="whitespace-pre-wrap break-words">{listing.description || 'No description.'}</dd>
            </div>
          </dl>
        </Card>
        <Card title="Why flagged">
          {listing.check.findings.length === 0 ? (
            <p className="text-sm text-slate-700">The checker found nothing to act on.</p>
          ) : (
            <ul className="space-y-3 text-sm">
              {listing.check.findings.map((finding) => (
                <li key={`${finding.ruleId}-${finding.matched}`}>
                  <p className="font-medium">{finding.summary}</p>
                  <p>
                    In the {finding.field}: “<mark className="bg-amber-100 px-0.5">{finding.matched}</mark>”
                  </p>
                  <p>
                    Rule <code>{finding.ruleId}</code>,{' '}
                    <Link className="link" to={`/policies/${finding.policy.policy}#${finding.policy.clause}`}>
                      clause {finding.policy.clause}
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
