-- Issue 15 (ADR 010, addendum of 2026-12-05): which documents each search
-- generation changed. A process that keeps a word's scores from an older
-- generation then rescans only those documents instead of the whole word
-- (41 000 matches and 110 ms for "teachers" at 50 000 entries), so one
-- approval no longer makes every kept word cold again. A TRUNCATE is written
-- as doc_no -1: everything changed. Rows older than 10 000 generations go
-- (a process holding scores that old reads them anew).
CREATE TABLE "search_document_changes" (
  "generation" BIGINT NOT NULL,
  "doc_no" INTEGER NOT NULL
);
CREATE INDEX "search_document_changes_generation_idx" ON "search_document_changes" ("generation");

-- The same triggers as before (20261202110000_search_generation_trigger) call
-- it: the bump and the record of what changed are one step of the writing
-- statement. (The body spells its semicolons as \x3B: the migration runner
-- splits on them.)
CREATE OR REPLACE FUNCTION search_documents_changed() RETURNS trigger LANGUAGE plpgsql
  AS E'DECLARE bumped BIGINT\x3B BEGIN IF TG_OP = ''TRUNCATE'' THEN UPDATE search_state SET generation = generation + 1 WHERE id = 1 RETURNING generation INTO bumped\x3B INSERT INTO search_document_changes VALUES (bumped, -1)\x3B ELSIF EXISTS (SELECT 1 FROM changed) THEN UPDATE search_state SET generation = generation + 1 WHERE id = 1 RETURNING generation INTO bumped\x3B INSERT INTO search_document_changes SELECT DISTINCT bumped, doc_no FROM changed\x3B END IF\x3B IF bumped IS NOT NULL THEN DELETE FROM search_document_changes WHERE generation <= bumped - 10000\x3B END IF\x3B RETURN NULL\x3B END';
