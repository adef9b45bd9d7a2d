-- Hand-written (issue 14): an entry's translations of its title, summary and
-- description, keyed by language ({"de": {"title": …, "summary": …,
-- "description": …}}). They are part of the entry's content, so proposals and
-- entry versions carry them in their JSON with no change here: the schema in
-- lib/catalogue/schema.ts validates them on every write. The CHECK only keeps
-- the column an object, which every reader relies on.
ALTER TABLE "entries" ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}';
ALTER TABLE "entries" ADD CONSTRAINT "entries_translations_object" CHECK (jsonb_typeof("translations") = 'object');

-- The translated titles and summaries travel with each search document, so
-- that a hit shows its title in the reader's language without a second read
-- ({"de": {"title": …, "summary": …}}). The indexer (lib/search/postgres/
-- indexer.ts, index version 3) fills it and indexes every translation's words.
ALTER TABLE "search_documents" ADD COLUMN "translations" JSONB NOT NULL DEFAULT '{}';
