import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { expiringSoon } from '@/domain/authorisations/covering';
import { bandFor, nextThreshold, SERIOUS_IP_STRIKES_TO_CLOSE } from '@/domain/penalties/rules';
import { authorisationsQuery } from '@/shared/api/authorisations';
import { formatCount, formatDate, formatDateTime, formatRelative } from '@/shared/lib/format';
import { PageHeader } from '@/shared/ui/page-header';
import { sellerQuery } from './queries';

function Figure({
  label,
  value,
  detail,
  to,
}: {
  label: string;
  value: ReactNode;
  detail?: ReactNode;
  to: string;
}) {
  return (
    <li>
      <Link
        to={to}
        className="block h-full rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-sky-700"
      >
        <span className="block text-sm font-medium text-slate-700">{label}</span>
        <span className="mt-1 block text-3xl font-semibold text-slate-900">{value}</span>
        {detail ? <span className="mt-1 block text-sm text-slate-700">{detail}</span> : null}
      </Link>
    </li>
  );
}

export function OverviewPage({ sellerId }: { sellerId: string }) {
  const { data: seller } = useSuspenseQuery(sellerQuery(sellerId));
  const { standing } = seller;
  const { data: documents } = useSuspenseQuery(authorisationsQuery());
  const now = new Date();
  const soon = expiringSoon(documents, now);
  const verified = documents.filter((d) => d.status === 'verified').length;
  const pending = documents.filter((d) => d.status === 'pending').length;
  const band = bandFor(standing.activePoints);
  const next = nextThreshold(standing.activePoints);

  return (
    <>
      <PageHeader
        title={`${seller.shopName}: account standing`}
        description="Your points, strikes, flagged listings and complaints at a glance. Each figure opens the list behind it."
      />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label="Standing figures">
        <Figure
          label="Active penalty points"
          value={formatCount(standing.activePoints)}
          detail={
            <>
              {band ? `${band.label}. ` : 'No restrictions. '}
              {next
                ? `${formatCount(next.points - standing.activePoints)} more to “${next.label}”.`
                : 'The last threshold is reached.'}
              {standing.nextExpiry
                ? ` ${formatCount(standing.nextExpiry.points)} expire ${formatRelative(standing.nextExpiry.at)} (${formatDate(standing.nextExpiry.at)}).`
                : ''}
            </>
          }
          to="/strikes"
        />
        <Figure
          label="Serious IP infringements"
          value={`${standing.seriousIpStrikes} of ${SERIOUS_IP_STRIKES_TO_CLOSE}`}
          detail={`The account closes at ${SERIOUS_IP_STRIKES_TO_CLOSE}.`}
          to="/strikes"
        />
        <Figure
          label="Open IP complaints"
          value={standing.openComplaints}
          detail={
            standing.nextDeadline
              ? `Next answer due ${formatRelative(standing.nextDeadline)} (${formatDateTime(standing.nextDeadline)}).`
              : 'Nothing to answer.'
          }
          to="/complaints"
        />
        <Figure
          label="Blocked listings"
          value={formatCount(standing.blockedListings)}
          detail="The checker found a banned item or wording."
          to="/listings?verdict=block"
        />
        <Figure
          label="Listings with warnings"
          value={formatCount(standing.warnedListings)}
          detail="Need a fix or an authorisation."
          to="/listings?verdict=warn"
        />
        <Figure label="All listings" value={formatCount(standing.totalListings)} to="/listings" />
        <Figure
          label="Brand documents"
          value={`${formatCount(verified)} verified`}
          detail={
            soon.length > 0
              ? `${soon.length} expire${soon.length === 1 ? 's' : ''} within 30 days: ${soon
                  .map((d) => `${d.brands.join(', ')} on ${formatDate(d.validUntil ?? '')}`)
                  .join('; ')}. Renew before the brands lose cover.`
              : pending > 0
                ? `${formatCount(pending)} waiting for verification.`
                : 'Authorisations that let you name brands in listings.'
          }
          to="/authorisations"
        />
      </ul>
    </>
  );
}
