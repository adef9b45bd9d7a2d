-- Every foreign key gets an index on its referencing columns. Without one,
-- deleting (or re-keying) a referenced row scans the whole referencing table
-- once per row: removing 150 000 synthetic entries took over 11 minutes
-- because each one scanned all of `entries` for archive_successor_id.
-- tests/integration/foreign-key-indexes.test.ts keeps it so.
CREATE INDEX "entries_archive_successor_id_idx" ON "entries"("archive_successor_id");
CREATE INDEX "evidence_proposals_entry_id_idx" ON "evidence_proposals"("entry_id");
CREATE INDEX "evidence_proposals_decided_by_id_idx" ON "evidence_proposals"("decided_by_id");
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");
CREATE INDEX "proposals_entry_id_idx" ON "proposals"("entry_id");
CREATE INDEX "imports_created_by_id_idx" ON "imports"("created_by_id");
CREATE INDEX "imports_organisation_id_idx" ON "imports"("organisation_id");
CREATE INDEX "alliance_applications_organisation_id_idx" ON "alliance_applications"("organisation_id");
CREATE INDEX "alliance_applications_decided_by_id_idx" ON "alliance_applications"("decided_by_id");
