import { useTranslations } from "next-intl";
import { SORT_CHOICE_PARAM, sortChoiceValue } from "@/lib/search/sort-choice";
import type { Sort } from "@/lib/search/types";

/**
 * The order of the results, with the hidden field that says which order was
 * shown for which words: new words go back to best match unless the visitor
 * picks another order with them (lib/search/sort-choice.ts).
 */
export function SortSelect({ value, q }: { value: Sort; q: string }) {
  const t = useTranslations("search");
  const sortName = useTranslations("vocabulary.sort");
  const hasText = q !== "";
  return (
    <div className="flex items-center gap-2 text-sm">
      <label htmlFor="search-sort">{t("sortBy")}</label>
      {/* The key remounts the menu when the order in effect changes, so it shows that order after a client-side navigation too. */}
      <select key={`${value}:${hasText}`} id="search-sort" name="sort" defaultValue={value} className="rounded-md border border-slate-400 bg-white px-2 py-1.5">
        {hasText && <option value="relevance">{sortName("relevance")}</option>}
        <option value="newest">{sortName("newest")}</option>
        <option value="title">{sortName("title")}</option>
      </select>
      <input type="hidden" name={SORT_CHOICE_PARAM} value={sortChoiceValue(value, q)} />
    </div>
  );
}
