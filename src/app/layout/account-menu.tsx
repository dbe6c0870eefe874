import { Link } from 'react-router';
import type { Account } from '@/shared/api/schemas';

export function AccountMenu({ account }: { account: Account }) {
  return (
    <div className="flex items-center gap-3 text-sm">
      <p>
        Signed in as <span className="font-semibold">{account.name}</span>{' '}
        <span className="text-slate-700">
          ({account.role === 'reviewer' ? 'compliance reviewer' : 'seller'})
        </span>
      </p>
      <Link to="/sign-in" className="btn-secondary">
        Switch account
      </Link>
    </div>
  );
}
