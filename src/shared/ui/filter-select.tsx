import { uiMessages } from './messages';
import { useStatusLabel } from './status-options';

/**
 * One filter of a GET filter form: a labelled select whose first option, "Any", leaves the filter off.
 * Uncontrolled, so the form can be re-keyed from the URL after navigation. Status options are named in the
 * interface language.
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
  const m = uiMessages.use();
  const optionLabel = useStatusLabel();
  return (
    <label className="flex flex-col text-sm font-medium text-slate-800">
      {label}
      <select name={name} defaultValue={value ?? ''} className="field mt-1">
        <option value="">{m.any}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {optionLabel(option)}
          </option>
        ))}
      </select>
    </label>
  );
}
