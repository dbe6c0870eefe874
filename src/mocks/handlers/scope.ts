import type { Account } from '@/shared/api/schemas';
import type { CollectionName, Row } from '../db/collections';
import type { Db } from '../db/db';
import { forbidden, unprocessable } from '../http';

/**
 * Which shop a list request covers: a seller always their own (asking for another is 403);
 * a reviewer the one named in `?sellerId=`, or all shops when none is named.
 */
export function sellerScope(request: Request, account: Account): string | null {
  const asked = new URL(request.url).searchParams.get('sellerId');
  if (account.role === 'reviewer') return asked || null;
  if (asked && asked !== account.sellerId) throw forbidden('You can only see your own shop\u2019s records.');
  return account.sellerId;
}

export function newestFirst<T extends Record<K, string>, K extends string>(key: K) {
  return (a: T, b: T) => b[key].localeCompare(a[key]);
}

type ShopCollection = 'authorisations' | 'complaints' | 'penalties' | 'appeals';

/** A shop-owned collection as a list request may see it (see sellerScope), newest first by `dateKey`. */
export function shopRows<C extends ShopCollection & CollectionName>(
  db: Db,
  collection: C,
  request: Request,
  account: Account,
  dateKey: keyof Row<C> & string,
): Row<C>[] {
  const scope = sellerScope(request, account);
  return db
    .find(collection, (row) => scope === null || row.sellerId === scope)
    .sort((a, b) => String(b[dateKey]).localeCompare(String(a[dateKey])));
}

/** Documents attached from the vault must be the seller's own: anything else is refused with the field named. */
export function checkVaultDocuments(
  db: Db,
  sellerId: string | null,
  documents: readonly { vaultId?: string }[],
): void {
  const bad = documents.findIndex((d) => {
    if (!d.vaultId) return false;
    const stored = db.get('authorisations', d.vaultId);
    return !stored || stored.sellerId !== sellerId;
  });
  if (bad >= 0) {
    throw unprocessable('A document attached from the vault is not in your vault.', {
      [`documents.${bad}`]: ['Choose a document from your own vault.'],
    });
  }
}
