import { Link } from 'react-router';
import type { Listing } from '@/shared/api/schemas';
import { formatDate, humanise } from '@/shared/lib/format';
import { MODERATION_OPTIONS, StatusBadge, VERDICT_OPTIONS } from '@/shared/ui/status-options';
import { Table, Td, Th } from '@/shared/ui/table';

interface Props {
  listings: readonly Listing[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (on: boolean) => void;
}

export function ListingTable({ listings, selected, onToggle, onToggleAll }: Props) {
  const all = listings.length > 0 && listings.every((l) => selected.has(l.id));
  return (
    <Table
      caption="Listings"
      head={
        <>
          <Th>
            <input
              type="checkbox"
              aria-label="Select all listings on this page"
              checked={all}
              onChange={(event) => onToggleAll(event.target.checked)}
            />
          </Th>
          <Th>Title</Th>
          <Th>Verdict</Th>
          <Th>Top finding</Th>
          <Th>Moderation</Th>
          <Th>Brand</Th>
          <Th>Category</Th>
          <Th>Updated</Th>
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
                aria-label={`Select ${listing.title}`}
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
            <Td>{humanise(listing.category)}</Td>
            <Td className="whitespace-nowrap">{formatDate(listing.updatedAt)}</Td>
          </tr>
        );
      })}
    </Table>
  );
}
