import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { notificationsQuery } from '@/features/notifications/queries';
import type { Account } from '@/shared/api/schemas';

const SELLER_LINKS: { to: string; label: string; end?: boolean }[] = [
  { to: '/', label: 'Overview', end: true },
  { to: '/listings', label: 'Listings' },
  { to: '/checker', label: 'Checker' },
  { to: '/strikes', label: 'Strikes' },
  { to: '/complaints', label: 'Complaints' },
  { to: '/authorisations', label: 'Authorisations' },
  { to: '/policies', label: 'Policies' },
];

const REVIEWER_LINKS: { to: string; label: string; end?: boolean }[] = [
  { to: '/review', label: 'Review queue' },
  { to: '/complaints', label: 'Complaints' },
  { to: '/audit', label: 'Audit log' },
  { to: '/policies', label: 'Policies' },
];

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `inline-block rounded-md px-3 py-1.5 text-sm font-medium ${isActive ? 'bg-sky-100 text-sky-950' : 'text-slate-700 hover:bg-slate-100'}`;

function UnreadCount() {
  // Deadlines and expiries become due while the page is open: look again every minute.
  const { data } = useQuery({ ...notificationsQuery(), refetchInterval: 60_000 });
  if (!data?.unread) return null;
  return (
    <span className="ml-1.5 rounded-full bg-red-700 px-1.5 text-xs text-white">
      {data.unread}
      <span className="sr-only"> unread</span>
    </span>
  );
}

export function MainNav({ account }: { account: Account }) {
  const links = account.role === 'reviewer' ? REVIEWER_LINKS : SELLER_LINKS;
  return (
    <nav aria-label="Main" className="mx-auto max-w-7xl px-4 pb-2">
      <ul className="flex flex-wrap gap-1">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className={linkClass}>
              {link.label}
            </NavLink>
          </li>
        ))}
        {account.role === 'seller' ? (
          <li>
            <NavLink to="/notifications" className={linkClass}>
              Notifications <UnreadCount />
            </NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
