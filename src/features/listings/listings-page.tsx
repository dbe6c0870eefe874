import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState } from '@/shared/ui/panels';
import { BulkBar } from './bulk-bar';
import { ListingFilters } from './listing-filters';
import { ListingTable } from './listing-table';
import { listingsMessages } from './messages';
import { listingQueryFromSearch, listingsQuery } from './queries';

export function ListingsPage() {
  const m = listingsMessages.use();
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
      <PageHeader title={m.title} description={m.description} />
      <ListingFilters query={query} formKey={search.toString()} />
      <p className="mb-2 text-sm text-slate-700" role="status">
        {m.found(data.total)}
      </p>
      <BulkBar
        selected={selected}
        total={data.total}
        query={query}
        onDone={() => setSelectedIds(new Set())}
      />
      {data.items.length === 0 ? (
        <EmptyState title={m.noMatch}>{m.noMatchHint}</EmptyState>
      ) : (
        <ListingTable
          listings={data.items}
          selected={selectedIds}
          onToggle={toggle}
          onToggleAll={(on) => setSelectedIds(on ? new Set(data.items.map((l) => l.id)) : new Set())}
        />
      )}
      {pages > 1 ? (
        <nav aria-label={m.pages} className="mt-4 flex items-center gap-3 text-sm">
          {data.page > 1 ? (
            <Link to={pageLink(data.page - 1)} className="link">
              {m.previousPage}
            </Link>
          ) : null}
          <span>{m.page(data.page, pages)}</span>
          {data.page < pages ? (
            <Link to={pageLink(data.page + 1)} className="link">
              {m.nextPage}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}
