import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatCount } from '@/shared/lib/format';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState } from '@/shared/ui/panels';
import { BulkBar } from './bulk-bar';
import { ListingFilters } from './listing-filters';
import { ListingTable } from './listing-table';
import { listingQueryFromSearch, listingsQuery } from './queries';

export function ListingsPage() {
  const [search] = useSearchParams();
  const query = listingQueryFromSearch(search);
  const { data } = useSuspenseQuery(listingsQuery(query));
  // A selection belongs to one view: changing the filters, sort or page starts a new one.
  const view = search.toString();
  const [selection, setSelection] = useState<{ view: string; ids: ReadonlySet<string> }>({
    view,
    ids: new Set(),
  });
  const selectedIds = selection.view === view ? selection.ids : new Set<string>();
  const setSelectedIds = (
    update: ReadonlySet<string> | ((current: ReadonlySet<string>) => ReadonlySet<string>),
  ) =>
    setSelection((current) => {
      const base = current.view === view ? current.ids : new Set<string>();
      return { view, ids: typeof update === 'function' ? update(base) : update };
    });
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const selected = data.items.filter((l) => selectedIds.has(l.id));
  const pageLink = (page: number) => {
    const next = new URLSearchParams(search);
    next.set('page', String(page));
    return `?${next}`;
  };
  const toggle = (id: string) =>
    setSelectedIds((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  return (
    <>
      <PageHeader
        title="Listings"
        description="Every listing with the checker's verdict, its moderation state and the words that raised a flag."
      />
      <ListingFilters query={query} formKey={search.toString()} />
      <p className="mb-2 text-sm text-slate-700" role="status">
        {formatCount(data.total)} listing{data.total === 1 ? '' : 's'} found.
      </p>
      <BulkBar
        selected={selected}
        total={data.total}
        query={query}
        onDone={() => setSelectedIds(new Set())}
      />
      {data.items.length === 0 ? (
        <EmptyState title="No listings match">Try another search or clear the filters.</EmptyState>
      ) : (
        <ListingTable
          listings={data.items}
          selected={selectedIds}
          onToggle={toggle}
          onToggleAll={(on) => setSelectedIds(on ? new Set(data.items.map((l) => l.id)) : new Set())}
        />
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
