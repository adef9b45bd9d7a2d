const SELECT = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5";

type FilterSelectProps = {
  id: string;
  name: string;
  label: string;
  /** The first option, which filters nothing: "All kinds". */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  value: string | undefined;
  className?: string;
};

/** A select of a GET filter form, whose first option filters nothing. */
export function FilterSelect({ id, name, label, anyLabel, options, value, className }: FilterSelectProps) {
  return (
    <div className={className}>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ""} className={SELECT}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
