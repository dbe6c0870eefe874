import { Link } from 'react-router';
import type { Account } from '@/shared/api/schemas';
import { appMessages } from '../messages';

export function AccountMenu({ account }: { account: Account }) {
  const m = appMessages.use();
  return (
    <div className="flex items-center gap-3 text-sm">
      <p>
        {m.signedInAs} <span className="font-semibold">{account.name}</span>{' '}
        <span className="text-slate-700">
          ({account.role === 'reviewer' ? m.roleReviewer : m.roleSeller})
        </span>
      </p>
      <Link to="/sign-in" className="btn-secondary">
        {m.switchAccount}
      </Link>
    </div>
  );
}
