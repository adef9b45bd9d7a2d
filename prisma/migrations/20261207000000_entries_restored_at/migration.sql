-- When a moderator last brought an archived entry back. Archiving and
-- restoring change the public catalogue but not the entry's content, so they
-- leave updated_at ("last updated") alone. Readers of "row changed" (OAI
-- datestamps, the feeds' last change, the Meilisearch catch-up) take this too,
-- so a harvester that saw the deletion sees the record come back.
ALTER TABLE "entries" ADD COLUMN "restored_at" TIMESTAMPTZ(6);
