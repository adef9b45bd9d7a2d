import { z } from "zod";

// How many of the catalogue's most common words each server process reads at
// its start (postgres/warm-up.ts). Checked like SEARCH_CACHE_SIZE.

// 200: at 50 000 synthetic entries they took 14 s to read, one at a time
// (every word among them is in more than a fifth of the documents).
export const DEFAULT_WARM_WORDS = 200;
const MESSAGE = "SEARCH_WARM_WORDS must be a whole number of 0 or more (0 reads no word before it is searched for)";

const countSchema = z.coerce.number({ error: MESSAGE }).int({ error: MESSAGE }).min(0, { error: MESSAGE }).default(DEFAULT_WARM_WORDS);

/** SEARCH_WARM_WORDS, or the default when unset or empty; a bad value throws its message. */
export function warmWordsCount(value: string | undefined = process.env.SEARCH_WARM_WORDS): number {
  return countSchema.parse(value?.trim() || undefined);
}
