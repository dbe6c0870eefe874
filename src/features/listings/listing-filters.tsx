import { Form } from 'react-router';
import { LISTING_CATEGORIES, LISTING_SORTS, type ListingQuery } from '@/shared/api/schemas';
import { humanise } from '@/shared/lib/format';
import { FilterSelect } from '@/shared/ui/filter-select';
import { MODERATION_OPTIONS, VERDICT_OPTIONS } from '@/shared/ui/status-options';

const SORT_LABELS: Record<(typeof LISTING_SORTS)[number], string> = {
  'updated-desc': 'Recently updated',
  'updated-asc': 'Least recently updated',
  'title-asc': 'Title A-Z',
  'title-desc': 'Title Z-A',
  'risk-desc': 'Most serious first',
};

/** The filters live in the URL: a view can be shared, and Back goes to the previous one. */
export function ListingFilters({ query, formKey }: { query: ListingQuery; formKey: string }) {
  return (
    <Form
      key={formKey}
      method="get"
      role="search"
      aria-label="Filter listings"
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <label className="flex flex-col text-sm font-medium text-slate-800">
        Search
        <input
          name="q"
          type="search"
          defaultValue={query.q ?? ''}
          className="field mt-1 w-64"
          placeholder="Title, description, brand or id"
        />
      </label>
      <FilterSelect name="verdict" label="Verdict" value={query.verdict} options={VERDICT_OPTIONS} />
      <FilterSelect
        name="moderation"
        label="Moderation"
        value={query.moderation}
        options={MODERATION_OPTIONS}
      />
      <FilterSelect
        name="category"
        label="Category"
        value={query.category}
        options={LISTING_CATEGORIES.map((c) => ({ value: c, label: humanise(c) }))}
      />
      <label className="flex flex-col text-sm font-medium text-slate-800">
        Rule
        <input
          name="rule"
          defaultValue={query.rule ?? ''}
          className="field mt-1 w-56"
          placeholder="e.g. plp.ip.replica"
        />
      </label>
      <label className="flex flex-col text-sm font-medium text-slate-800">
        Brand
        <input name="brand" defaultValue={query.brand ?? ''} className="field mt-1 w-32" />
      </label>
      <label className="flex flex-col text-sm font-medium text-slate-800">
        Sort
        <select name="sort" defaultValue={query.sort ?? 'updated-desc'} className="field mt-1">
          {LISTING_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="btn-primary">
        Apply
      </button>
    </Form>
  );
}
