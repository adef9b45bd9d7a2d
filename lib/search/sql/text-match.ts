import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { hasSynonyms, synonymsOf, tokenise } from "../text";

// Turns the user's words into a tsquery: every word must match (AND); a word
// matches itself as a prefix, its synonyms, its English stem, and — when the
// catalogue does not know it — the closest catalogue words (typo tolerance).

export type TextMatch = {
  /** SQL expression of type tsquery, or null when the text has no words. */
  tsquery: Prisma.Sql | null;
  corrections: { from: string; to: string[] }[];
};

type Correction = { word: string; term: string };

async function findCorrections(words: string[]): Promise<Map<string, string[]>> {
  const candidates = words.filter((w) => w.length >= 4 && !hasSynonyms(w) && !/^\d+$/.test(w));
  const found = new Map<string, string[]>();
  if (candidates.length === 0) return found;
  const rows = await db.$queryRaw<Correction[]>`
    SELECT q.word, t.term
    FROM unnest(${candidates}::text[]) AS q(word)
    CROSS JOIN LATERAL (
      SELECT s.term FROM search_terms s
      WHERE s.term % lower(unaccent(q.word))
      ORDER BY similarity(s.term, lower(unaccent(q.word))) DESC, s.term
      LIMIT 3
    ) t
    WHERE NOT EXISTS (
      SELECT 1 FROM search_terms k WHERE k.term LIKE lower(unaccent(q.word)) || '%'
    )`;
  for (const { word, term } of rows) found.set(word, [...(found.get(word) ?? []), term]);
  return found;
}

export async function buildTextMatch(text: string): Promise<TextMatch> {
  const words = tokenise(text);
  if (words.length === 0) return { tsquery: null, corrections: [] };
  const corrections = await findCorrections(words);
  const parts = words.map((word) => {
    const alternatives = [word, ...synonymsOf(word)];
    const fixes = corrections.get(word) ?? [];
    // Words hold only letters and digits (tokenise), so they cannot inject
    // tsquery syntax; they are still passed as bound parameters.
    const simple = [...alternatives.map((w) => (w.length >= 2 ? `${w}:*` : w)), ...fixes].join(" | ");
    const english = [...alternatives, ...fixes].join(" | ");
    return Prisma.sql`(to_tsquery('ch_simple', ${simple}) || to_tsquery('ch_english', ${english}))`;
  });
  return {
    tsquery: Prisma.sql`(${Prisma.join(parts, " && ")})`,
    corrections: [...corrections].map(([from, to]) => ({ from, to })),
  };
}
