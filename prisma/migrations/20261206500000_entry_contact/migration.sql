-- Contact the people behind an entry (issue 16, ADR 015). An organisation may
-- give an address for visitors' messages, relayed by mail and never shown.
-- Staff set it, so it is stored as the form checked it: trimmed, lower case.
ALTER TABLE "organisations" ADD COLUMN "contact_email" TEXT;
ALTER TABLE "organisations" ADD CONSTRAINT "organisations_contact_email_check"
  CHECK ("contact_email" IS NULL OR (length("contact_email") <= 254 AND "contact_email" = lower(btrim("contact_email")) AND "contact_email" ~ '^[^@[:space:]]+@[^@[:space:]]+$'));

-- Moderators switch contact off per entry (audited).
ALTER TABLE "entries" ADD COLUMN "contact_enabled" BOOLEAN NOT NULL DEFAULT true;

-- The abuse log: who wrote to which entry, when, how much and what became of
-- it. Metadata only: never the message, and the sender's address and the
-- client's network address only as keyed hashes (lib/contact/fingerprint.ts).
CREATE TABLE "contact_messages" (
    "id" BIGSERIAL NOT NULL,
    "entry_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "outcome" TEXT NOT NULL,
    "sender_hash" TEXT NOT NULL,
    "client_hash" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    CONSTRAINT "contact_messages_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "contact_messages_outcome_check" CHECK ("outcome" IN ('relayed', 'honeypot', 'rate_limited')),
    CONSTRAINT "contact_messages_sender_hash_check" CHECK ("sender_hash" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "contact_messages_client_hash_check" CHECK ("client_hash" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "contact_messages_size_check" CHECK ("size" >= 0)
);

-- An entry's recent rows on its moderation page, and pruning by age.
CREATE INDEX "contact_messages_entry_id_created_at_idx" ON "contact_messages"("entry_id", "created_at");
CREATE INDEX "contact_messages_created_at_idx" ON "contact_messages"("created_at");

ALTER TABLE "contact_messages" ADD CONSTRAINT "contact_messages_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;
