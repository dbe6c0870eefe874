import { Form } from 'react-router';
import { LISTING_CATEGORIES, LISTING_SORTS, type ListingQuery } from '@/shared/api/schemas';
import { FilterSelect } from '@/shared/ui/filter-select';
import { listingsMessages } from './messages';
import { uiMessages } from '@/shared/ui/messages';
import { MODERATION_OPTIONS, VERDICT_OPTIONS } from '@/shared/ui/status-options';

/** The filters live in the URL: a view can be shared, and Back goes to the previous one. */
export function ListingFilters({ query, formKey }: { query: ListingQuery; formKey: string }) {
  const all = listingsMessages.use();
  const m = all.filters;
  const categories = uiMessages.use().listingCategories;
  return (
    <Form
      key={formKey}
      method="get"
      role="search"
      aria-label={m.label}
      className="mb-4 flex flex-wrap items-end gap-3"
    >
      <label className="flex flex-col text-sm font-medium text-slate-800">
        {m.search}
        <input
          name="q"
          type="search"
          defaultValue={query.q ?? ''}
          className="field mt-1 w-64"
          placeholder={m.searchPlaceholder}
        />
      </label>
      <FilterSelect name="verdict" label={m.verdict} value={query.verdict} options={VERDICT_OPTIONS} />
      <FilterSelect
        name="moderation"
        label={m.moderation}
        value={query.moderation}
        options={MODERATION_OPTIONS}
      />
      <FilterSelect
        name="category"
        label={m.category}
        value={query.category}
        options={LISTING_CATEGORIES.map((c) => ({ value: c, label: categories[c] }))}
      />
      <label className="flex flex-col text-sm font-medium text-slate-800">
        {m.rule}
        <input
          name="rule"
          defaultValue={query.rule ?? ''}
          className="field mt-1 w-56"
          placeholder={m.rulePlaceholder}
        />
      </label>
      <label className="flex flex-col text-sm font-medium text-slate-800">
        {m.brand}
        <input name="brand" defaultValue={query.brand ?? ''} className="field mt-1 w-32" />
      </label>
      <label className="flex flex-col text-sm font-medium text-slate-800">
        {m.sort}
        <select name="sort" defaultValue={query.sort ?? 'updated-desc'} className="field mt-1">
          {LISTING_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {m.sorts[sort]}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="btn-primary">
        {m.apply}
      </button>
    </Form>
  );
}
