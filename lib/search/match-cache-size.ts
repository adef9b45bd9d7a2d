import { z } from "zod";

// How much memory each server process gives to the query words' match sets
// (postgres/unit-scores.ts). Checked like SEARCH_CACHE_SIZE: a typo must not
// turn it off without a word.

// 256: with 64, the long-tail mix of `npm run bench` (50 000 entries) evicted
// words before they were asked again: 600 of its queries scanned 962 times
// instead of 347, and asking them a second time took 20.8 s instead of 5.5 s.
// The budget counts what a word may keep (unitScoresBytes), about twice what
// the process then holds (docs/benchmarks.md, 2026-12-03 evening).
// 512 since units are put together from their words, each kept as well
// (unit-words.ts): at 50 000 entries the mix's 537 units counted 272 MB and
// their 2 600 words 139 MB, and with 256 the start's warm-up stopped at 68
// common words, half of them (docs/benchmarks.md, 2026-12-07, night).
export const DEFAULT_MATCH_CACHE_MB = 512;
const MESSAGE = "SEARCH_MATCH_CACHE_MB must be a whole number of megabytes, 0 or more (0 reads every word's matches afresh)";

const sizeSchema = z.coerce.number({ error: MESSAGE }).int({ error: MESSAGE }).min(0, { error: MESSAGE }).default(DEFAULT_MATCH_CACHE_MB);

/** SEARCH_MATCH_CACHE_MB in bytes, or the default when unset or empty; a bad value throws its message. */
export function matchCacheBytes(value: string | undefined = process.env.SEARCH_MATCH_CACHE_MB): number {
  return sizeSchema.parse(value?.trim() || undefined) * 1024 * 1024;
}
