import { useSuspenseQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { expiringSoon } from '@/domain/authorisations/covering';
import { bandFor, nextThreshold, SERIOUS_IP_STRIKES_TO_CLOSE } from '@/domain/penalties/rules';
import { authorisationsQuery } from '@/shared/api/authorisations';
import { formatCount, formatDate, formatDateTime, formatRelative } from '@/shared/lib/format';
import { PageHeader } from '@/shared/ui/page-header';
import { thresholdText } from '@/shared/ui/penalty-rule-messages';
import { overviewMessages } from './messages';
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
  const m = overviewMessages.use();
  const points = [
    band ? m.points.band(thresholdText(band).label) : m.points.noRestrictions,
    next
      ? m.points.toNext(next.points - standing.activePoints, thresholdText(next).label)
      : m.points.lastThreshold,
    standing.nextExpiry
      ? m.points.expire(
          standing.nextExpiry.points,
          formatRelative(standing.nextExpiry.at),
          formatDate(standing.nextExpiry.at),
        )
      : '',
  ];

  return (
    <>
      <PageHeader title={m.title(seller.shopName)} description={m.description} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-label={m.figures}>
        <Figure
          label={m.points.label}
          value={formatCount(standing.activePoints)}
          detail={points.filter(Boolean).join(' ')}
          to="/strikes"
        />
        <Figure
          label={m.strikes.label}
          value={m.strikes.value(standing.seriousIpStrikes, SERIOUS_IP_STRIKES_TO_CLOSE)}
          detail={m.strikes.closesAt(SERIOUS_IP_STRIKES_TO_CLOSE)}
          to="/strikes"
        />
        <Figure
          label={m.complaints.label}
          value={standing.openComplaints}
          detail={
            standing.nextDeadline
              ? m.complaints.nextDue(
                  formatRelative(standing.nextDeadline),
                  formatDateTime(standing.nextDeadline),
                )
              : m.complaints.none
          }
          to="/complaints"
        />
        <Figure
          label={m.blocked.label}
          value={formatCount(standing.blockedListings)}
          detail={m.blocked.detail}
          to="/listings?verdict=block"
        />
        <Figure
          label={m.warned.label}
          value={formatCount(standing.warnedListings)}
          detail={m.warned.detail}
          to="/listings?verdict=warn"
        />
        <Figure label={m.allListings} value={formatCount(standing.totalListings)} to="/listings" />
        <Figure
          label={m.documents.label}
          value={m.documents.verified(verified)}
          detail={
            soon.length > 0
              ? m.documents.expiring(
                  soon.length,
                  soon
                    .map((d) => m.documents.expiringOne(d.brands.join(', '), formatDate(d.validUntil ?? '')))
                    .join('; '),
                )
              : pending > 0
                ? m.documents.waiting(pending)
                : m.documents.about
          }
          to="/authorisations"
        />
      </ul>
    </>
  );
}
