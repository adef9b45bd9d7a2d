import Link from "next/link";
import { COUNTRIES, KINDS } from "@/lib/catalogue/vocabularies";
import type { QueueFilter } from "@/lib/submissions/queue";
import { FilterSelect } from "@/components/ui/filter-select";

const AGES = [1, 3, 7, 14, 30];

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
