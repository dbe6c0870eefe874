/**
 * One filter of a GET filter form: a labelled select whose first option, "Any", leaves the filter off.
 * Uncontrolled, so the form can be re-keyed from the URL after navigation.
 */
export function FilterSelect({
  name,
  label,
  value,
  options,
}: {
  name: string;
  label: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
}) {
  return (
    <label className="flex flex-col text-sm font-medium text-slate-800">
      {label}
      <select name={name} defaultValue={value ?? ''} className="field mt-1">
        <option value="">Any</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </label>
  );
}
