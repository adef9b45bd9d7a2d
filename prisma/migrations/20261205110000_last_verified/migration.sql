-- When someone responsible last confirmed an entry is accurate (issue 16).
-- NULL means never. Confirming writes only this column: not the content, not
-- updated_at (the last published content change), not the version.
ALTER TABLE "entries" ADD COLUMN "last_verified_at" TIMESTAMPTZ(6);

-- The moderators' "needs checking" list reads the oldest (and NULL) first.
CREATE INDEX "entries_last_verified_at_idx" ON "entries"("last_verified_at");

-- Entries already in the database get what new ones get (ADR 011). Catalogue
-- entries never edited, archived or restored (version 1): the seed
-- catalogue's documented days (lib/catalogue/seed-dates.ts), its check of the
-- facts against the source documents and its last edit, in place of the day
-- they were loaded. Timestamps without a zone are UTC here.
UPDATE "entries" SET "last_verified_at" = TIMESTAMPTZ '2026-11-23 12:00:00+00', "updated_at" = TIMESTAMP '2026-12-02 12:00:00'
WHERE "origin" = 'catalogue' AND "version" = 1 AND NOT EXISTS (SELECT 1 FROM "entry_versions" v WHERE v."entry_id" = "entries"."id");

-- Entries with a published version: verified when it was published.
UPDATE "entries" e SET "last_verified_at" = (SELECT max(v."created_at") FROM "entry_versions" v WHERE v."entry_id" = e."id") AT TIME ZONE 'UTC'
WHERE EXISTS (SELECT 1 FROM "entry_versions" v WHERE v."entry_id" = e."id");
