import { normaliseQueryText } from "./text";
import type { Sort } from "./types";

// The order follows the words (issue 12): the search form carries the order it
// showed and the words it showed it for (`sorted=newest:matematica`). When the
// words change and the order is still the one shown, the order goes back to the
// default for the new words (best match); an order chosen with the new words stays.
export const SORT_CHOICE_PARAM = "sorted";

/** The value of the form's hidden `sorted` field for the search shown. */
export function sortChoiceValue(sort: Sort, q: string): string {
  return `${sort}:${q}`;
}

/**
 * Applies the form's `sorted` field and removes it: `sort` is dropped (so the
 * default for the words applies) when the words changed but the order did not.
 * Returns the same params when there is no such field.
 */
export function applySortChoice(params: URLSearchParams): URLSearchParams {
  const shown = params.get(SORT_CHOICE_PARAM);
  if (shown === null) return params;
  const next = new URLSearchParams(params);
  next.delete(SORT_CHOICE_PARAM);
  const colon = shown.indexOf(":");
  if (colon < 0) return next;
  const shownSort = shown.slice(0, colon).trim().toLowerCase();
  const shownWords = normaliseQueryText(shown.slice(colon + 1));
  const sort = (params.get("sort") ?? "").trim().toLowerCase();
  const words = normaliseQueryText(params.get("q") ?? "");
  if (words !== shownWords && (sort === "" || sort === shownSort)) next.delete("sort");
  return next;
}
