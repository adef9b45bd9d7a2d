-- Mails and notifications in the recipient's language (issue 14). A user's
-- language is checked by zod where it is written, not by a CHECK here, so a
-- new interface language needs no migration.
ALTER TABLE "users" ADD COLUMN "locale" TEXT NOT NULL DEFAULT 'en';

-- A notification keeps its English sentence (old rows have only that) and
-- now also its catalogue key and values, to be shown in the reader's language.
ALTER TABLE "notifications" ADD COLUMN "message_key" TEXT,
  ADD COLUMN "params" JSONB;
