import { useQuery } from '@tanstack/react-query';
import { NavLink } from 'react-router';
import { notificationsQuery } from '@/features/notifications/queries';
import type { Account } from '@/shared/api/schemas';
import { appMessages } from '../messages';

type NavKey = keyof ReturnType<typeof appMessages.get>['nav'];

const SELLER_LINKS: { to: string; label: NavKey; end?: boolean }[] = [
  { to: '/', label: 'overview', end: true },
  { to: '/listings', label: 'listings' },
  { to: '/checker', label: 'checker' },
  { to: '/strikes', label: 'strikes' },
  { to: '/complaints', label: 'complaints' },
  { to: '/authorisations', label: 'authorisations' },
  { to: '/policies', label: 'policies' },
];

const REVIEWER_LINKS: { to: string; label: NavKey; end?: boolean }[] = [
  { to: '/review', label: 'review' },
  { to: '/appeals', label: 'appeals' },
  { to: '/complaints', label: 'complaints' },
  { to: '/audit', label: 'audit' },
  { to: '/policies', label: 'policies' },
];

const linkClass = ({ isActive }: { isActive: boolean }) =>
  `inline-block rounded-md px-3 py-1.5 text-sm font-medium ${isActive ? 'bg-sky-100 text-sky-950' : 'text-slate-700 hover:bg-slate-100'}`;

function UnreadCount() {
  // Deadlines and expiries become due while the page is open: look again every minute.
  const { data } = useQuery({ ...notificationsQuery(), refetchInterval: 60_000 });
  const m = appMessages.use();
  if (!data?.unread) return null;
  return (
    <span className="ml-1.5 rounded-full bg-red-700 px-1.5 text-xs text-white">
      {data.unread}
      <span className="sr-only"> {m.unreadAfterCount(data.unread)}</span>
    </span>
  );
}

export function MainNav({ account }: { account: Account }) {
  const links = account.role === 'reviewer' ? REVIEWER_LINKS : SELLER_LINKS;
  const m = appMessages.use();
  return (
    <nav aria-label={m.mainNav} className="mx-auto max-w-7xl px-4 pb-2">
      <ul className="flex flex-wrap gap-1">
        {links.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end} className={linkClass}>
              {m.nav[link.label]}
            </NavLink>
          </li>
        ))}
        {account.role === 'seller' ? (
          <li>
            <NavLink to="/notifications" className={linkClass}>
              {m.nav.notifications} <UnreadCount />
            </NavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
