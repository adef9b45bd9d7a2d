-- When someone responsible last confirmed an entry is accurate (issue 16).
-- NULL means never. Confirming writes only this column: not the content, not
-- updated_at (the last published content change), not the version.
ALTER TABLE "entries" ADD COLUMN "last_verified_at" TIMESTAMPTZ(6);

-- The moderators' "needs checking" list reads the oldest (and NULL) first.
CREATE INDEX "entries_last_verified_at_idx" ON "entries"("last_verified_at");
