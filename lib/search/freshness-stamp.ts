import "server-only";
import { facetIndex } from "./postgres/facet-index";

/**
 * The freshness stamp of the catalogue at this generation, judged at `now`
 * (facet-bits.ts): what caches of answers that count or filter by freshness
 * add to their keys, beside the generation (ADR 013).
 */
export async function freshnessStampAt(generation: bigint, now: Date): Promise<string> {
  return (await facetIndex(generation, now)).freshnessStamp;
}
