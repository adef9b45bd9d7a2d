import { withoutNul } from "@/lib/forms/input-text";

// A page's query parameters as Next.js hands them over: a repeated parameter
// comes as an array, a missing one as undefined.

export type SearchParamValues = Record<string, string | string[] | undefined>;

/** The searchParams prop of a page. */
export type SearchParams = Promise<SearchParamValues>;

/** One value of a query parameter (the first, when it is repeated), without NUL. */
export function firstParam(value: string | string[] | undefined): string | undefined {
  const first = Array.isArray(value) ? value[0] : value;
  return first === undefined ? undefined : withoutNul(first);
}
