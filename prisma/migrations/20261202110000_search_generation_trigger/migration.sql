-- Every statement that changes search_documents bumps the search generation, in
-- its own transaction, so that no write path (a script, a cascade from entries,
-- a hand-written DELETE) can leave cached searches stale. Statements that change
-- no row leave it alone: the bump locks search_state's one row until commit, and
-- long transactions that touch no document must not hold that lock.
-- (The body spells its semicolons as \x3B: the migration runner splits on them.)
CREATE FUNCTION search_documents_changed() RETURNS trigger LANGUAGE plpgsql
  AS E'BEGIN IF TG_OP = ''TRUNCATE'' THEN UPDATE search_state SET generation = generation + 1 WHERE id = 1\x3B ELSIF EXISTS (SELECT 1 FROM changed) THEN UPDATE search_state SET generation = generation + 1 WHERE id = 1\x3B END IF\x3B RETURN NULL\x3B END';

CREATE TRIGGER search_documents_inserted AFTER INSERT ON "search_documents"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_documents_changed();
CREATE TRIGGER search_documents_updated AFTER UPDATE ON "search_documents"
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_documents_changed();
CREATE TRIGGER search_documents_deleted AFTER DELETE ON "search_documents"
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION search_documents_changed();
CREATE TRIGGER search_documents_truncated AFTER TRUNCATE ON "search_documents"
  FOR EACH STATEMENT EXECUTE FUNCTION search_documents_changed();
