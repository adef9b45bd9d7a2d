-- Issue 16: search by evidence level and by freshness (ADR 013). Each search
-- document carries its entry's evidence level ('not-assessed' until a
-- moderator assesses it) and when the entry was last verified (NULL: never).
-- Freshness itself is not stored: it changes with time, so searches judge it
-- from this date at the moment they run.
ALTER TABLE "search_documents" ADD COLUMN "evidence" TEXT NOT NULL DEFAULT 'not-assessed';
ALTER TABLE "search_documents" ADD CONSTRAINT "search_documents_evidence" CHECK ("evidence" IN ('impact', 'evaluated', 'described', 'not-assessed'));
-- In milliseconds, the precision of the app's clock, which compares them with its thresholds.
ALTER TABLE "search_documents" ADD COLUMN "last_verified_at" TIMESTAMPTZ(3);

UPDATE "search_documents" d SET "evidence" = coalesce(a."level", 'not-assessed'), "last_verified_at" = e."last_verified_at"
FROM "entries" e LEFT JOIN "evidence_assessments" a ON a."entry_id" = e."id"
WHERE d."entry_id" = e."id";

-- Exports and statistics select by them in SQL.
CREATE INDEX "search_documents_evidence_idx" ON "search_documents" ("evidence");
CREATE INDEX "search_documents_last_verified_at_idx" ON "search_documents" ("last_verified_at");

-- Whoever writes an entry's last_verified_at or its assessment (the app, a
-- script, a hand-written UPDATE) writes its search document too, in the same
-- transaction, and so bumps the search generation through that table's
-- triggers: cached facet masks and answers cannot miss the change. An
-- assessment is written through even when only its justification changed:
-- search hits show it. (Bodies spell their semicolons as \x3B: the migration
-- runner splits on them.)
CREATE FUNCTION search_documents_last_verified() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN UPDATE search_documents SET last_verified_at = NEW.last_verified_at WHERE entry_id = NEW.id\x3B RETURN NULL\x3B END';

CREATE TRIGGER entries_last_verified_to_search AFTER UPDATE OF "last_verified_at" ON "entries"
  FOR EACH ROW WHEN (OLD."last_verified_at" IS DISTINCT FROM NEW."last_verified_at") EXECUTE FUNCTION search_documents_last_verified();

CREATE FUNCTION search_documents_evidence() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN IF TG_OP = ''DELETE'' THEN UPDATE search_documents SET evidence = ''not-assessed'' WHERE entry_id = OLD.entry_id\x3B ELSE UPDATE search_documents SET evidence = NEW.level WHERE entry_id = NEW.entry_id\x3B END IF\x3B RETURN NULL\x3B END';

CREATE TRIGGER evidence_assessments_to_search AFTER INSERT OR UPDATE OR DELETE ON "evidence_assessments"
  FOR EACH ROW EXECUTE FUNCTION search_documents_evidence();
