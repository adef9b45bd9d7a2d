import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { COUNTRIES, LEVELS, THEMES, KINDS, NOT_ASSESSED } from "@/lib/catalogue/vocabularies";
import { STEMMING_CONFIGS } from "../sql/stemming";
import { addLatinSpellings } from "./latin-spellings";

// Builds search_documents rows from published entries, in SQL, so that a full
// reindex of tens of thousands of entries is one statement, not a loop.
// Every entry is indexed in English and without stemming; an entry whose title
// is in another language, or whose material is in at most three, is also
// stemmed in those languages (sql/stemming.ts), and one written partly in
// another script also in Latin letters (latin-spellings.ts). Each translation
// is indexed too, unstemmed and with its own language's stemmer, with the
// same weights as the original's texts, so a German query finds the German
// translation of an English entry. The evidence level and the last-verified
// date are the search's trust facets (ADR 013): their later changes reach the
// documents by trigger, whoever writes them.

const labels = JSON.stringify(
  Object.fromEntries([...COUNTRIES, ...LEVELS, ...THEMES, ...KINDS].map((t) => [t.value, t.label])),
);
const stemmers = JSON.stringify(STEMMING_CONFIGS);
/** Entries in more languages than this are indexed in English only (their text is English). */
const MAX_STEMMED_LANGUAGES = 3;

/**
 * Writes the search documents of these entries (all when omitted): archived
 * entries leave the index. Given a transaction, it runs inside it, so an
 * approval and its index update commit together.
 */
export async function indexDocuments(entryIds?: string[], tx?: Prisma.TransactionClient): Promise<void> {
  if (tx) return writeDocuments(tx, entryIds);
  await db.$transaction((t) => writeDocuments(t, entryIds), { timeout: 300_000 });
}

async function writeDocuments(tx: Prisma.TransactionClient, entryIds?: string[]): Promise<void> {
  const published = entryIds
    ? Prisma.sql`WHERE e.id = ANY(${entryIds}::uuid[]) AND e.archived_at IS NULL`
    : Prisma.sql`WHERE e.archived_at IS NULL`;
  const scope = entryIds ? Prisma.sql`WHERE e.id = ANY(${entryIds}::uuid[])` : Prisma.empty;
  await tx.$executeRaw`
    DELETE FROM search_documents d USING entries e
    WHERE d.entry_id = e.id AND e.archived_at IS NOT NULL ${entryIds ? Prisma.sql`AND e.id = ANY(${entryIds}::uuid[])` : Prisma.empty}`;
  await tx.$executeRaw`
      INSERT INTO search_documents AS d
        (entry_id, slug, kind, title, title_lang, summary, translations, countries, levels, themes, published_at, sort_title,
         evidence, last_verified_at, head, document)
      SELECT e.id, e.slug, e.kind, e.title, e.title_lang, e.summary, tr.shown,
             coalesce(e.countries, '{}'), coalesce(e.levels, '{}'), coalesce(e.themes, '{}'), e.published_at,
             lower(unaccent(e.title)),
             coalesce(ea.level, ${NOT_ASSESSED}), e.last_verified_at,
             v.head,
             v.head ||
             own.description ||
             tr.description ||
             setweight(to_tsvector('ch_english', e.description || ' ' || coalesce(e.impact, '') || ' ' || coalesce(e.source_author, '')), 'C') ||
             setweight(to_tsvector('ch_simple', e.description), 'C') ||
             setweight(to_tsvector('ch_simple', facets.labels), 'D')
      FROM entries e
      LEFT JOIN evidence_assessments ea ON ea.entry_id = e.id
      LEFT JOIN LATERAL (
        SELECT string_agg(o.title, ' ') AS names
        FROM entry_links l JOIN entries o ON o.id = l.to_id
        WHERE l.from_id = e.id AND l.role IN ('organisation', 'organiser', 'funder', 'funded-by')
      ) orgs ON true
      CROSS JOIN LATERAL (
        SELECT coalesce(string_agg(${labels}::jsonb ->> v, ' '), '') AS labels
        FROM unnest(coalesce(e.countries, '{}') || coalesce(e.levels, '{}') || coalesce(e.themes, '{}') || ARRAY[e.kind]) v
      ) facets
      CROSS JOIN LATERAL (
        SELECT coalesce(string_agg(setweight(to_tsvector(c::regconfig, e.title), 'A')::text || ' ' ||
                                   setweight(to_tsvector(c::regconfig, e.summary), 'B')::text, ' '), '')::tsvector AS head,
               coalesce(string_agg(setweight(to_tsvector(c::regconfig, e.description), 'C')::text, ' '), '')::tsvector AS description
        FROM (
          SELECT DISTINCT ${stemmers}::jsonb ->> l AS c
          FROM unnest(ARRAY[e.title_lang] || CASE WHEN cardinality(e.languages) <= ${MAX_STEMMED_LANGUAGES} THEN e.languages ELSE '{}' END) l
          WHERE l <> 'en' AND ${stemmers}::jsonb ? l
        ) configs
      ) own
      CROSS JOIN LATERAL (
        SELECT coalesce(jsonb_object_agg(t.lang, jsonb_build_object('title', t.title, 'summary', t.summary)), '{}') AS shown,
               coalesce(string_agg(
                 setweight(to_tsvector('ch_simple', t.title), 'A')::text || ' ' ||
                 setweight(to_tsvector(t.config, t.title), 'A')::text || ' ' ||
                 setweight(to_tsvector('ch_simple', t.summary), 'B')::text || ' ' ||
                 setweight(to_tsvector(t.config, t.summary), 'B')::text, ' '), '')::tsvector AS head,
               coalesce(string_agg(
                 setweight(to_tsvector('ch_simple', t.description), 'C')::text || ' ' ||
                 setweight(to_tsvector(t.config, t.description), 'C')::text, ' '), '')::tsvector AS description
        FROM (
          SELECT x.key AS lang, x.value ->> 'title' AS title, x.value ->> 'summary' AS summary,
                 coalesce(x.value ->> 'description', '') AS description,
                 (CASE WHEN x.key = 'en' THEN 'ch_english' ELSE coalesce(${stemmers}::jsonb ->> x.key, 'ch_simple') END)::regconfig AS config
          FROM jsonb_each(CASE WHEN jsonb_typeof(e.translations) = 'object' THEN e.translations ELSE '{}' END) x
          WHERE jsonb_typeof(x.value) = 'object' AND x.value ? 'title' AND x.value ? 'summary'
        ) t
      ) tr
      CROSS JOIN LATERAL (
        SELECT own.head || tr.head ||
               setweight(to_tsvector('ch_english', e.title), 'A') ||
               setweight(to_tsvector('ch_simple', e.title), 'A') ||
               setweight(to_tsvector('ch_english', e.summary || ' ' || coalesce(orgs.names, '')), 'B') ||
               setweight(to_tsvector('ch_simple', e.summary || ' ' || coalesce(orgs.names, '')), 'B') AS head
      ) v
      ${published}
      ON CONFLICT (entry_id) DO UPDATE SET
        slug = EXCLUDED.slug, kind = EXCLUDED.kind, title = EXCLUDED.title, title_lang = EXCLUDED.title_lang,
        summary = EXCLUDED.summary, translations = EXCLUDED.translations, countries = EXCLUDED.countries, levels = EXCLUDED.levels,
        themes = EXCLUDED.themes, published_at = EXCLUDED.published_at, sort_title = EXCLUDED.sort_title,
        evidence = EXCLUDED.evidence, last_verified_at = EXCLUDED.last_verified_at,
        head = EXCLUDED.head, document = EXCLUDED.document`;
  await addLatinSpellings(tx, entryIds);
  // Words of the catalogue, for typo tolerance. Stale words only cost a
    // suggestion that matches nothing, so they are never pruned here.
  await tx.$executeRaw`
      INSERT INTO search_terms (term)
      SELECT DISTINCT w FROM (
        SELECT unnest(tsvector_to_array(to_tsvector('ch_simple', e.title || ' ' || e.summary || ' ' || e.description || ' ' ||
               coalesce((SELECT string_agg(concat_ws(' ', x.value ->> 'title', x.value ->> 'summary', x.value ->> 'description'), ' ')
                         FROM jsonb_each(CASE WHEN jsonb_typeof(e.translations) = 'object' THEN e.translations ELSE '{}' END) x
                         WHERE jsonb_typeof(x.value) = 'object'), '')))) AS w
        FROM entries e ${scope}
      ) words
      WHERE length(w) BETWEEN 3 AND 40 AND w ~ '^[[:alpha:]]+$'
      ON CONFLICT DO NOTHING`;
}

export async function removeDocuments(entryIds: string[], tx?: Prisma.TransactionClient): Promise<void> {
  await (tx ?? db).$executeRaw`DELETE FROM search_documents WHERE entry_id = ANY(${entryIds}::uuid[])`;
}
