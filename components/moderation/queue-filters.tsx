import Link from "next/link";
import { COUNTRIES, KINDS } from "@/lib/catalogue/vocabularies";
import type { QueueFilter } from "@/lib/submissions/queue";

const AGES = [1, 3, 7, 14, 30];

const SELECT = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5";

type FilterSelectProps = {
  id: string;
  name: string;
  label: string;
  /** The first option, which filters nothing: "All kinds". */
  anyLabel: string;
  options: readonly { value: string; label: string }[];
  value: string | undefined;
  className: string;
};

function FilterSelect({ id, name, label, anyLabel, options, value, className }: FilterSelectProps) {
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

const AGE_OPTIONS = AGES.map((days) => ({ value: String(days), label: days === 1 ? "1 day" : `${days} days` }));

export function QueueFilters({ filter }: { filter: QueueFilter }) {
  const filtered = filter.kind !== undefined || filter.country !== undefined || filter.minDays !== undefined;
  return (
    <form action="/moderation" method="get" aria-label="Filter the queue" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm">
      <FilterSelect id="queue-kind" name="kind" label="Kind" anyLabel="All kinds" options={KINDS} value={filter.kind} className="min-w-40" />
      <FilterSelect id="queue-country" name="country" label="Country" anyLabel="All countries" options={COUNTRIES} value={filter.country} className="min-w-48" />
      <FilterSelect id="queue-age" name="minDays" label="Waiting at least" anyLabel="Any time" options={AGE_OPTIONS} value={filter.minDays?.toString()} className="min-w-48" />
      <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        Show proposals
      </button>
      {filtered && (
        <Link href="/moderation" className="self-center">
          Clear filters
        </Link>
      )}
    </form>
  );
}
