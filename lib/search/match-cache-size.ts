import { z } from "zod";

// How much memory each server process gives to the query words' match sets
// (postgres/unit-scores.ts). Checked like SEARCH_CACHE_SIZE: a typo must not
// turn it off without a word.

export const DEFAULT_MATCH_CACHE_MB = 64;
const MESSAGE = "SEARCH_MATCH_CACHE_MB must be a whole number of megabytes, 0 or more (0 reads every word's matches afresh)";

const sizeSchema = z.coerce.number({ error: MESSAGE }).int({ error: MESSAGE }).min(0, { error: MESSAGE }).default(DEFAULT_MATCH_CACHE_MB);

/** SEARCH_MATCH_CACHE_MB in bytes, or the default when unset or empty; a bad value throws its message. */
export function matchCacheBytes(value: string | undefined = process.env.SEARCH_MATCH_CACHE_MB): number {
  return sizeSchema.parse(value?.trim() || undefined) * 1024 * 1024;
}
