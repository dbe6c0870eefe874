import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { Form, Link, useSearchParams } from 'react-router';
import type { IpComplaint } from '@/shared/api/schemas';
import { humanise } from '@/shared/lib/format';
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
import { complaintsQuery, shopsQuery } from './queries';

const STATUS_FILTER_OPTIONS = [
  { value: NEEDS_ANSWER, label: 'Needs an answer' },
  ...COMPLAINT_STATUS_OPTIONS,
];
const RIGHT_OPTIONS = RIGHT_TYPES.map((right) => ({ value: right, label: humanise(right) }));

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

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

  return (
    <>
      <PageHeader
        title="IP complaints"
        description={
          reviewer
            ? 'Complaints from rights owners across all shops; those still waiting for the seller come first.'
            : 'Complaints rights owners filed against your listings. Answer each within 3 working days, or the listings it names are removed.'
        }
      />
      <ComplaintFilterForm filters={filters} formKey={search.toString()} />
      <p className="mb-2 text-sm text-slate-700" role="status">
        {filtered
          ? `${plural(shown.length, 'complaint')} of ${complaints.length} match the filters.`
          : `${plural(complaints.length, 'complaint')}.`}{' '}
        {open > 0 ? `${open} ${open === 1 ? 'needs' : 'need'} an answer.` : 'None needs an answer now.'}
      </p>
      {complaints.length === 0 ? (
        <EmptyState title="No complaints">
          {reviewer
            ? 'No rights owner has filed a complaint.'
            : 'No rights owner has complained about your listings.'}
        </EmptyState>
      ) : shown.length === 0 ? (
        <EmptyState title="No complaints match these filters">
          <Link className="link" to="/complaints">
            Clear the filters
          </Link>{' '}
          to see all {plural(complaints.length, 'complaint')}.
        </EmptyState>
      ) : (
        <Table
          caption="IP complaints"
          head={
            <>
              <Th>Complainant</Th>
              {reviewer ? <Th>Shop</Th> : null}
              <Th>Right</Th>
              <Th>Listings</Th>
              <Th>Seriousness</Th>
              <Th>Status</Th>
              <Th>Answer by</Th>
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
  return (
    <tr>
      <Td>
        <Link className="link" to={`/complaints/${complaint.id}`}>
          {complaint.complainant.rightsOwner}
        </Link>
        {complaint.complainant.representative ? (
          <span className="block text-xs text-slate-700">via {complaint.complainant.representative}</span>
        ) : null}
      </Td>
      {shop !== null ? <Td>{shop}</Td> : null}
      <Td>
        {humanise(complaint.rightType)}: {complaint.rightName}
      </Td>
      <Td>{count === 0 ? 'None named' : plural(count, 'listing')}</Td>
      <Td>
        <StatusBadge options={COMPLAINT_SERIOUSNESS_OPTIONS} value={complaint.seriousness} />
      </Td>
      <Td>
        <StatusBadge options={COMPLAINT_STATUS_OPTIONS} value={complaint.status} />
      </Td>
      <Td className="min-w-44">
        {open || complaint.status === 'awaiting_response' ? (
          <Countdown to={complaint.respondBy} closed="Closed" />
        ) : (
          <span className="text-slate-700">Answered or decided</span>
        )}
      </Td>
    </tr>
  );
}

/** The filters live in the URL: a view can be shared, and Back goes to the previous one. */
function ComplaintFilterForm({ filters, formKey }: { filters: ComplaintFilters; formKey: string }) {
  return (
    <Form
      key={formKey}
      method="get"
      role="search"
      aria-label="Filter complaints"
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <FilterSelect name="status" label="Status" value={filters.status} options={STATUS_FILTER_OPTIONS} />
      <FilterSelect name="right" label="Right" value={filters.right} options={RIGHT_OPTIONS} />
      <FilterSelect
        name="seriousness"
        label="Seriousness"
        value={filters.seriousness}
        options={COMPLAINT_SERIOUSNESS_OPTIONS}
      />
      <button type="submit" className="btn-primary">
        Apply
      </button>
      {hasFilters(filters) ? (
        <Link className="btn-secondary" to="/complaints">
          Clear filters
        </Link>
      ) : null}
    </Form>
  );
}
