import { z } from "zod";

// How many search answers each server process keeps. Checked, because a
// typo ("1k", "") used to turn the cache off without a word.

export const DEFAULT_SEARCH_CACHE_SIZE = 1000;
const MESSAGE = "SEARCH_CACHE_SIZE must be a whole number of 0 or more (0 turns the search cache off)";

const sizeSchema = z.coerce.number({ error: MESSAGE }).int({ error: MESSAGE }).min(0, { error: MESSAGE }).default(DEFAULT_SEARCH_CACHE_SIZE);

/** SEARCH_CACHE_SIZE, or the default when it is unset or empty; a bad value throws its message. */
export function searchCacheSize(value: string | undefined = process.env.SEARCH_CACHE_SIZE): number {
  return sizeSchema.parse(value?.trim() || undefined);
}
