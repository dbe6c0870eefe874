import { useSuspenseQuery } from '@tanstack/react-query';
import { Form, Link, useSearchParams } from 'react-router';
import { formatCount, formatDate, humanise } from '@/shared/lib/format';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState } from '@/shared/ui/panels';
import { MODERATION_OPTIONS, StatusBadge, VERDICT_OPTIONS } from '@/shared/ui/status-options';
import { Table, Td, Th } from '@/shared/ui/table';
import { listingQueryFromSearch, listingsQuery } from './queries';

export function ListingsPage() {
  const [search] = useSearchParams();
  const query = listingQueryFromSearch(search);
  const { data } = useSuspenseQuery(listingsQuery(query));
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const pageLink = (page: number) => {
    const next = new URLSearchParams(search);
    next.set('page', String(page));
    return `?${next}`;
  };

  return (
    <>
      <PageHeader
        title="Listings"
        description="Every listing with the checker's verdict, its moderation state and the words that raised a flag."
      />
      <Form
        key={search.toString()}
        method="get"
        role="search"
        className="mb-4 flex flex-wrap items-end gap-3"
      >
        <label className="flex flex-col text-sm font-medium text-slate-800">
          Search
          <input
            name="q"
            type="search"
            defaultValue={query.q ?? ''}
            className="field mt-1 w-72"
            placeholder="Title, description, brand or id"
          />
        </label>
        <label className="flex flex-col text-sm font-medium text-slate-800">
          Verdict
          <select name="verdict" defaultValue={query.verdict ?? ''} className="field mt-1">
            <option value="">Any verdict</option>
            {VERDICT_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn-primary">
          Apply
        </button>
      </Form>
      <p className="mb-2 text-sm text-slate-700" role="status">
        {formatCount(data.total)} listing{data.total === 1 ? '' : 's'} found.
      </p>
      {data.items.length === 0 ? (
        <EmptyState title="No listings match">Try another search or clear the filters.</EmptyState>
      ) : (
        <Table
          caption="Listings"
          head={
            <>
              <Th>Title</Th>
              <Th>Verdict</Th>
              <Th>Top finding</Th>
              <Th>Moderation</Th>
              <Th>Category</Th>
              <Th>Updated</Th>
            </>
          }
        >
          {data.items.map((listing) => (
            <tr key={listing.id}>
              <Td className="max-w-md">
                <Link to={`/listings/${listing.id}`} className="link break-words">
                  {listing.title}
                </Link>
              </Td>
              <Td>
                <StatusBadge options={VERDICT_OPTIONS} value={listing.check.verdict} />
              </Td>
              <Td className="max-w-xs break-words">{listing.check.findings[0]?.summary ?? '—'}</Td>
              <Td>
                <StatusBadge options={MODERATION_OPTIONS} value={listing.moderation} />
              </Td>
              <Td>{humanise(listing.category)}</Td>
              <Td className="whitespace-nowrap">{formatDate(listing.updatedAt)}</Td>
            </tr>
          ))}
        </Table>
      )}
      {pages > 1 ? (
        <nav aria-label="Pages" className="mt-4 flex items-center gap-3 text-sm">
          {data.page > 1 ? (
            <Link to={pageLink(data.page - 1)} className="link">
              Previous page
            </Link>
          ) : null}
          <span>
            Page {data.page} of {formatCount(pages)}
          </span>
          {data.page < pages ? (
            <Link to={pageLink(data.page + 1)} className="link">
              Next page
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
