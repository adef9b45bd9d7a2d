import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { toLatinText } from "@/lib/text/fold";

// Entries written partly in Cyrillic or Greek are also indexed in Latin
// letters (any-ascii, as queries are folded), so "Skopje" finds "Скопје" and
// "Скопје" finds "Skopje". Done in JavaScript, where the transliteration
// lives, for the few entries that need it, after the SQL indexing of all.

// Greek (U+0370–U+03FF, U+1F00–U+1FFF) and Cyrillic (U+0400–U+052F), as PostgreSQL regular-expression escapes.
const OTHER_SCRIPTS = "[\\u0370-\\u03FF\\u1F00-\\u1FFF\\u0400-\\u052F]";

type Texts = { id: string; title: string; summary: string; description: string };

export async function addLatinSpellings(tx: Prisma.TransactionClient, entryIds?: string[]): Promise<void> {
  const scope = entryIds ? Prisma.sql`AND e.id = ANY(${entryIds}::uuid[])` : Prisma.empty;
  // Translations count as the entry's texts: a Macedonian translation of an
  // English entry is found by "Skopje" spelled either way.
  const rows = await tx.$queryRaw<Texts[]>`
    SELECT t.id, t.title, t.summary, t.description FROM (
      SELECT e.id::text AS id,
             e.title || ' ' || coalesce(string_agg(x.value ->> 'title', ' '), '') AS title,
             e.summary || ' ' || coalesce(string_agg(x.value ->> 'summary', ' '), '') AS summary,
             e.description || ' ' || coalesce(string_agg(x.value ->> 'description', ' '), '') AS description
      FROM search_documents d JOIN entries e ON e.id = d.entry_id
      LEFT JOIN LATERAL jsonb_each(CASE WHEN jsonb_typeof(e.translations) = 'object' THEN e.translations ELSE '{}' END) x ON true
      WHERE true ${scope}
      GROUP BY e.id
    ) t
    WHERE (t.title || ' ' || t.summary || ' ' || t.description) ~ ${OTHER_SCRIPTS}`;
  if (rows.length === 0) return;
  const latin = JSON.stringify(
    rows.map((r) => ({ id: r.id, title: toLatinText(r.title), summary: toLatinText(r.summary), description: toLatinText(r.description) })),
  );
  await tx.$executeRaw`
    UPDATE search_documents d SET
      head = d.head || setweight(to_tsvector('ch_simple', v.title), 'A') || setweight(to_tsvector('ch_simple', v.summary), 'B'),
      document = d.document || setweight(to_tsvector('ch_simple', v.title), 'A') || setweight(to_tsvector('ch_simple', v.summary), 'B') ||
                 setweight(to_tsvector('ch_simple', v.description), 'C')
    FROM jsonb_to_recordset(${latin}::jsonb) AS v(id uuid, title text, summary text, description text)
    WHERE d.entry_id = v.id`;
  await tx.$executeRaw`
    INSERT INTO search_terms (term)
    SELECT DISTINCT w FROM (
      SELECT unnest(tsvector_to_array(to_tsvector('ch_simple', v.title || ' ' || v.summary || ' ' || v.description))) AS w
      FROM jsonb_to_recordset(${latin}::jsonb) AS v(title text, summary text, description text)
    ) words
    WHERE length(w) BETWEEN 3 AND 40 AND w ~ '^[[:alpha:]]+$'
    ON CONFLICT DO NOTHING`;
}
