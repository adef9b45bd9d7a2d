-- Yearly reminders to confirm an entry is still accurate (issue 16, ADR 016).
-- One reminder per entry and verification it is about: the key itself keeps a
-- job that runs again (after a crash, on two runners) from mailing twice, and
-- a later confirmation is a new key, so a new cycle.
CREATE TABLE "verification_reminders" (
    "entry_id" UUID NOT NULL,
    "verified_at" TIMESTAMPTZ(6) NOT NULL,
    "reminded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "recipients" INTEGER NOT NULL,

    CONSTRAINT "verification_reminders_pkey" PRIMARY KEY ("entry_id", "verified_at"),
    CONSTRAINT "verification_reminders_recipients_check" CHECK ("recipients" >= 0),
    CONSTRAINT "verification_reminders_after_check" CHECK ("reminded_at" > "verified_at")
);

-- Each member's "still accurate" link: a SHA-256 of a random token, used once,
-- until it expires, and only while the entry keeps the verification the
-- reminder was about.
CREATE TABLE "verification_links" (
    "token_hash" TEXT NOT NULL,
    "entry_id" UUID NOT NULL,
    "verified_at" TIMESTAMPTZ(6) NOT NULL,
    "user_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),

    CONSTRAINT "verification_links_pkey" PRIMARY KEY ("token_hash"),
    CONSTRAINT "verification_links_token_hash_check" CHECK ("token_hash" ~ '^[0-9a-f]{64}$'),
    CONSTRAINT "verification_links_expiry_check" CHECK ("expires_at" > "created_at")
);

CREATE INDEX "verification_links_entry_id_verified_at_idx" ON "verification_links"("entry_id", "verified_at");
CREATE INDEX "verification_links_user_id_idx" ON "verification_links"("user_id");
CREATE INDEX "verification_links_expires_at_idx" ON "verification_links"("expires_at");

ALTER TABLE "verification_reminders" ADD CONSTRAINT "verification_reminders_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "verification_links" ADD CONSTRAINT "verification_links_entry_id_verified_at_fkey" FOREIGN KEY ("entry_id", "verified_at") REFERENCES "verification_reminders"("entry_id", "verified_at") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "verification_links" ADD CONSTRAINT "verification_links_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
