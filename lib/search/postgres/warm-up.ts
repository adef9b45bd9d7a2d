import "server-only";
import { sqlRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { readGeneration } from "../generation";
import { buildTextMatch } from "../sql/text-match";
import { keptShare, unitScores } from "./unit-scores";

// A new server process reads the catalogue's most common words before anyone
// asks for them (ADR 010 addendum, 2026-12-07). Reading a word scans every
// document that holds it, so the common words are the dear ones: a process's
// first searches for them waited 200-500 ms under load, while a rare word's
// scan is cheap whenever it comes. What is read is what a search would keep
// (each word's matches and scores at this generation), never an answer.

const WARM_SHARE = 0.5;

export type WarmUpState = { state: "off" | "running" | "done" | "failed"; words: number; seconds: number | null };

declare global {
  var __clearinghouseWarmUp: Map<string, WarmUpState> | undefined;
}

// On globalThis and by database, as the words it keeps (unit-scores.ts):
// instrumentation.ts and the health route each have their own copy of this module.
const states = (globalThis.__clearinghouseWarmUp ??= new Map());
const database = () => process.env.DATABASE_URL ?? "";

function setState(state: WarmUpState): WarmUpState {
  states.set(database(), state);
  return state;
}

/** How far this process's warm-up has got, for /api/health. */
export function warmUpState(): WarmUpState {
  return states.get(database()) ?? { state: "off", words: 0, seconds: null };
}

/**
 * The catalogue's most common words that people type (the correction list's
 * terms), most common first, as PostgreSQL's statistics of the search
 * documents estimate them (`ANALYZE`, which autovacuum runs): no scan of its own.
 */
export async function commonWords(limit: number): Promise<string[]> {
  if (limit <= 0) return [];
  const rows = await sqlRows<{ word: string }>(Prisma.sql`
    SELECT e.word
    FROM pg_stats s
    CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(word, share)
    JOIN search_terms t ON t.term = e.word
    WHERE s.schemaname = current_schema() AND s.tablename = 'search_documents' AND s.attname = 'document'
    ORDER BY e.share DESC, e.word
    LIMIT ${limit}`);
  return rows.map((r) => r.word);
}

/** Reads and keeps the matches of the `limit` most common words a search uses, one at a time (one connection). */
export async function warmCommonWords(limit: number): Promise<WarmUpState> {
  if (limit <= 0) return warmUpState();
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  let words = 0;
  setState({ state: "running", words, seconds: null });
  try {
    const generation = await readGeneration();
    // Twice as many candidates: the most common are words a search ignores ("and", "the").
    for (const word of await commonWords(limit * 2)) {
      // Half the memory at most: the rest is for the words people go on to search for.
      if (keptShare() >= WARM_SHARE) break;
      const { units } = await buildTextMatch(word);
      if (units.length === 0) continue;
      for (const unit of units) await unitScores(generation, unit);
      setState({ state: "running", words: ++words, seconds: null });
      if (words === limit) break;
    }
    return setState({ state: "done", words, seconds: seconds() });
  } catch (error) {
    console.error("The search warm-up stopped:", error instanceof Error ? error.message : error);
    return setState({ state: "failed", words, seconds: seconds() });
  }
}
