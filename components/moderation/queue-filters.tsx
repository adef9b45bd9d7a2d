import Link from "next/link";
import { COUNTRIES, KINDS } from "@/lib/catalogue/vocabularies";
import type { QueueFilter } from "@/lib/submissions/queue";

const AGES = [1, 3, 7, 14, 30];

const SELECT = "mt-1 block w-full rounded-md border border-slate-400 bg-white px-2 py-1.5";

export function QueueFilters({ filter }: { filter: QueueFilter }) {
  const filtered = filter.kind !== undefined || filter.country !== undefined || filter.minDays !== undefined;
  return (
    <form action="/moderation" method="get" aria-label="Filter the queue" className="flex flex-wrap items-end gap-4 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm">
      <div className="min-w-40">
        <label htmlFor="queue-kind" className="font-semibold">
          Kind
        </label>
        <select id="queue-kind" name="kind" defaultValue={filter.kind ?? ""} className={SELECT}>
          <option value="">All kinds</option>
          {KINDS.map((k) => (
            <option key={k.value} value={k.value}>
              {k.label}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-48">
        <label htmlFor="queue-country" className="font-semibold">
          Country
        </label>
        <select id="queue-country" name="country" defaultValue={filter.country ?? ""} className={SELECT}>
          <option value="">All countries</option>
          {COUNTRIES.map((c) => (
            <option key={c.value} value={c.value}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-48">
        <label htmlFor="queue-age" className="font-semibold">
          Waiting at least
        </label>
        <select id="queue-age" name="minDays" defaultValue={filter.minDays?.toString() ?? ""} className={SELECT}>
          <option value="">Any time</option>
          {AGES.map((days) => (
            <option key={days} value={days}>
              {days === 1 ? "1 day" : `${days} days`}
            </option>
          ))}
        </select>
      </div>
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
