import { Link } from 'react-router';
import type { Listing } from '@/shared/api/schemas';
import { formatDate } from '@/shared/lib/format';
import { MODERATION_OPTIONS, StatusBadge, VERDICT_OPTIONS } from '@/shared/ui/status-options';
import { Table, Td, Th } from '@/shared/ui/table';
import { listingsMessages } from './messages';
import { uiMessages } from '@/shared/ui/messages';

interface Props {
  listings: readonly Listing[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (on: boolean) => void;
}

export function ListingTable({ listings, selected, onToggle, onToggleAll }: Props) {
  const m = listingsMessages.use();
  const categories = uiMessages.use().listingCategories;
  const all = listings.length > 0 && listings.every((l) => selected.has(l.id));
  return (
    <Table
      caption={m.table.caption}
      head={
        <>
          <Th>
            <input
              type="checkbox"
              aria-label={m.table.selectAll}
              checked={all}
              onChange={(event) => onToggleAll(event.target.checked)}
            />
          </Th>
          <Th>{m.table.title}</Th>
          <Th>{m.table.verdict}</Th>
          <Th>{m.table.topFinding}</Th>
          <Th>{m.table.moderation}</Th>
          <Th>{m.table.brand}</Th>
          <Th>{m.table.category}</Th>
          <Th>{m.table.updated}</Th>
        </>
      }
    >
      {listings.map((listing) => {
        const top = listing.check.findings.find((f) => f.severity !== 'info');
        return (
          <tr key={listing.id} className={selected.has(listing.id) ? 'bg-sky-50' : undefined}>
            <Td>
              <input
                type="checkbox"
                aria-label={m.table.select(listing.title)}
                checked={selected.has(listing.id)}
                onChange={() => onToggle(listing.id)}
              />
            </Td>
            <Td className="max-w-md">
              <Link to={`/listings/${listing.id}`} className="link break-words">
                {listing.title}
              </Link>
            </Td>
            <Td>
              <StatusBadge options={VERDICT_OPTIONS} value={listing.check.verdict} />
            </Td>
            <Td className="max-w-xs break-words">
              {top ? (
                <>
                  {top.summary} <span className="text-slate-700">(“{top.matched}”)</span>
                </>
              ) : (
                '—'
              )}
            </Td>
            <Td>
              <StatusBadge options={MODERATION_OPTIONS} value={listing.moderation} />
            </Td>
            <Td className="break-words">{listing.brand ?? '—'}</Td>
            <Td>{categories[listing.category]}</Td>
            <Td className="whitespace-nowrap">{formatDate(listing.updatedAt)}</Td>
          </tr>
        );
      })}
    </Table>
  );
}
