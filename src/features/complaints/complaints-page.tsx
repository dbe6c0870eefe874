import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Form, Link, useSearchParams } from 'react-router';
import type { IpComplaint } from '@/shared/api/schemas';
import { useNow } from '@/shared/lib/use-now';
import { Countdown } from '@/shared/ui/countdown';
import { FilterSelect } from '@/shared/ui/filter-select';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState } from '@/shared/ui/panels';
import {
  COMPLAINT_SERIOUSNESS_OPTIONS,
  COMPLAINT_STATUS_OPTIONS,
  StatusBadge,
} from '@/shared/ui/status-options';
import { Table, Td, Th } from '@/shared/ui/table';
import {
  filtersFromSearch,
  hasFilters,
  needsAnswer,
  NEEDS_ANSWER,
  RIGHT_TYPES,
  visibleComplaints,
  type ComplaintFilters,
} from './complaint-list';
import { complaintsMessages } from './messages';
import { complaintsQuery, shopsQuery } from './queries';

export function ComplaintsPage({ reviewer }: { reviewer: boolean }) {
  const { data: complaints } = useSuspenseQuery(complaintsQuery());
  // Shop names are a nicety for reviewers: the list works (with shop ids) if they cannot be loaded.
  const { data: shops } = useQuery({ ...shopsQuery(), enabled: reviewer });
  const [search] = useSearchParams();
  const now = useNow();
  const filters = filtersFromSearch(search);
  const shown = visibleComplaints(complaints, filters, now);
  const open = complaints.filter((c) => needsAnswer(c, now)).length;
  const filtered = hasFilters(filters);
  const m = complaintsMessages.use();
  const l = m.list;

  return (
    <>
      <PageHeader title={l.title} description={reviewer ? l.descriptionReviewer : l.descriptionSeller} />
      <ComplaintFilterForm filters={filters} formKey={search.toString()} />
      <p className="mb-2 text-sm text-slate-700" role="status">
        {filtered ? l.matching(shown.length, complaints.length) : l.total(complaints.length)}{' '}
        {open > 0 ? l.open(open) : l.noneOpen}
      </p>
      {complaints.length === 0 ? (
        <EmptyState title={l.empty}>{reviewer ? l.emptyReviewer : l.emptySeller}</EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title={l.noMatch}>
          <Link className="link" to="/complaints">
            {l.clearTheFilters}
          </Link>
          {l.toSeeAll(complaints.length)}
        </EmptyState>
      ) : (
        <Table
          caption={l.title}
          head={
            <>
              <Th>{l.columns.complainant}</Th>
              {reviewer ? <Th>{l.columns.shop}</Th> : null}
              <Th>{l.columns.right}</Th>
              <Th>{l.columns.listings}</Th>
              <Th>{l.columns.seriousness}</Th>
              <Th>{l.columns.status}</Th>
              <Th>{l.columns.answerBy}</Th>
            </>
          }
        >
          {shown.map((complaint) => (
            <ComplaintRow
              key={complaint.id}
              complaint={complaint}
              shop={reviewer ? (shops?.get(complaint.sellerId) ?? complaint.sellerId) : null}
              open={needsAnswer(complaint, now)}
            />
          ))}
        </Table>
      )}
    </>
  );
}

function ComplaintRow({
  complaint,
  shop,
  open,
}: {
  complaint: IpComplaint;
  shop: string | null;
  open: boolean;
}) {
  const count = complaint.listingIds.length;
  const m = complaintsMessages.use();
  return (
    <tr>
      <Td>
        <Link className="link" to={`/complaints/${complaint.id}`}>
          {complaint.complainant.rightsOwner}
        </Link>
        {complaint.complainant.representative ? (
          <span className="block text-xs text-slate-700">
            {m.list.via(complaint.complainant.representative)}
          </span>
        ) : null}
      </Td>
      {shop !== null ? <Td>{shop}</Td> : null}
      <Td>
        {m.rights[complaint.rightType]}: {complaint.rightName}
      </Td>
      <Td>{count === 0 ? m.list.noListings : m.list.listings(count)}</Td>
      <Td>
        <StatusBadge options={COMPLAINT_SERIOUSNESS_OPTIONS} value={complaint.seriousness} />
      </Td>
      <Td>
        <StatusBadge options={COMPLAINT_STATUS_OPTIONS} value={complaint.status} />
      </Td>
      <Td className="min-w-44">
        {open || complaint.status === 'awaiting_response' ? (
          <Countdown to={complaint.respondBy} closed={m.list.closed} />
        ) : (
          <span className="text-slate-700">{m.list.answered}</span>
        )}
      </Td>
    </tr>
  );
}

/** The filters live in the URL: a view can be shared, and Back goes to the previous one. */
function ComplaintFilterForm({ filters, formKey }: { filters: ComplaintFilters; formKey: string }) {
  const m = complaintsMessages.use();
  const l = m.list;
  const statuses = [{ value: NEEDS_ANSWER, label: m.status.needs_answer }, ...COMPLAINT_STATUS_OPTIONS];
  const rights = RIGHT_TYPES.map((right) => ({ value: right, label: m.rights[right] }));
  return (
    <Form
      key={formKey}
      method="get"
      role="search"
      aria-label={l.filters}
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <FilterSelect name="status" label={l.columns.status} value={filters.status} options={statuses} />
      <FilterSelect name="right" label={l.columns.right} value={filters.right} options={rights} />
      <FilterSelect
        name="seriousness"
        label={l.columns.seriousness}
        value={filters.seriousness}
        options={COMPLAINT_SERIOUSNESS_OPTIONS}
      />
      <button type="submit" className="btn-primary">
        {l.apply}
      </button>
      {hasFilters(filters) ? (
        <Link className="btn-secondary" to="/complaints">
          {l.clearFilters}
        </Link>
      ) : null}
    </Form>
  );
}
