import { LISTING_CATEGORIES } from '@/shared/api/schemas';
import { uiMessages } from './messages';

export type ListingTextField = 'title' | 'description' | 'brand' | 'category';
export type ListingFieldValues = Record<ListingTextField, string>;

const LABEL = 'flex flex-col text-sm font-medium text-slate-800';

/** The four fields a seller writes a listing with, labelled as the checker and the listing page both name them. */
export function ListingFields({
  values,
  onChange,
}: {
  values: ListingFieldValues;
  onChange: (field: ListingTextField, value: string) => void;
}) {
  const m = uiMessages.use();
  return (
    <>
      <label className={LABEL}>
        {m.fields.title}
        <input
          className="field mt-1"
          value={values.title}
          onChange={(e) => onChange('title', e.target.value)}
          maxLength={200}
        />
      </label>
      <label className={LABEL}>
        {m.fields.description}
        <textarea
          className="field mt-1 min-h-40"
          value={values.description}
          onChange={(e) => onChange('description', e.target.value)}
        />
      </label>
      <div className="grid gap-4 sm:grid-cols-2">
        <label className={LABEL}>
          {m.fields.brand}
          <input
            className="field mt-1"
            value={values.brand}
            onChange={(e) => onChange('brand', e.target.value)}
            maxLength={100}
          />
        </label>
        <label className={LABEL}>
          {m.fields.category}
          <select
            className="field mt-1"
            value={values.category}
            onChange={(e) => onChange('category', e.target.value)}
          >
            {LISTING_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {m.listingCategories[category]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </>
  );
}
