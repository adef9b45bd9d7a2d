-- Issue 16: an archived entry's address answers 410 Gone and may name the
-- entry that takes its place, chosen by the moderator who archived it.
ALTER TABLE "entries" ADD COLUMN "archive_successor_id" UUID;
ALTER TABLE "entries" ADD CONSTRAINT "entries_archive_successor_id_fkey" FOREIGN KEY ("archive_successor_id") REFERENCES "entries"("id") ON DELETE SET NULL ON UPDATE CASCADE;
