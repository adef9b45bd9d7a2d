import type { Sort } from "@/lib/search/types";

export function SortSelect({ value, hasText }: { value: Sort; hasText: boolean }) {
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor="search-sort">Sort by</label>
      <select id="search-sort" name="sort" defaultValue={value} className="rounded-md border border-slate-400 bg-white px-2 py-1.5">
        {hasText && <option value="relevance">Relevance</option>}
        <option value="newest">Newest</option>
        <option value="title">Title (A–Z)</option>
      </select>
    </div>
  );
}
