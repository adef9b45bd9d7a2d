-- Saved searches with mail alerts (issue 16).

CREATE TABLE "alert_subscriptions" (
    "id" UUID NOT NULL,
    "user_id" UUID,
    "email" TEXT,
    "name" TEXT NOT NULL,
    "search" TEXT NOT NULL,
    "frequency" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'en',
    "state" TEXT NOT NULL,
    "confirmed_at" TIMESTAMPTZ(3),
    "watermark" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "next_run_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_run_at" TIMESTAMPTZ(3),
    "last_sent_at" TIMESTAMPTZ(3),
    "last_new_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "alert_subscriptions_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "alert_subscriptions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    -- Either a person's own alert or a visitor's address, never both or neither.
    CONSTRAINT "alert_subscriptions_owner_check" CHECK (("user_id" IS NULL) <> ("email" IS NULL)),
    CONSTRAINT "alert_subscriptions_email_check" CHECK ("email" IS NULL OR ("email" LIKE '%_@_%' AND length("email") <= 320)),
    CONSTRAINT "alert_subscriptions_name_check" CHECK (length(btrim("name")) BETWEEN 1 AND 120),
    CONSTRAINT "alert_subscriptions_search_check" CHECK (length("search") <= 2000),
    CONSTRAINT "alert_subscriptions_frequency_check" CHECK ("frequency" IN ('immediate', 'daily', 'weekly')),
    CONSTRAINT "alert_subscriptions_state_check" CHECK ("state" IN ('pending', 'active', 'paused')),
    CONSTRAINT "alert_subscriptions_confirmed_check" CHECK ("state" = 'pending' OR "confirmed_at" IS NOT NULL),
    CONSTRAINT "alert_subscriptions_locale_check" CHECK ("locale" ~ '^[a-z]{2}$'),
    CONSTRAINT "alert_subscriptions_count_check" CHECK ("last_new_count" >= 0)
);

CREATE INDEX "alert_subscriptions_user_id_idx" ON "alert_subscriptions"("user_id");
CREATE INDEX "alert_subscriptions_state_next_run_at_idx" ON "alert_subscriptions"("state", "next_run_at");
-- One visitor subscription per address and search: subscribing again re-sends the confirmation.
CREATE UNIQUE INDEX "alert_subscriptions_email_search_key" ON "alert_subscriptions"(lower("email"), "search") WHERE "email" IS NOT NULL;

CREATE TABLE "alert_deliveries" (
    "subscription_id" UUID NOT NULL,
    "entry_id" UUID NOT NULL,
    "entry_version" INTEGER NOT NULL,
    "sent_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "alert_deliveries_pkey" PRIMARY KEY ("subscription_id", "entry_id", "entry_version"),
    CONSTRAINT "alert_deliveries_subscription_id_fkey" FOREIGN KEY ("subscription_id") REFERENCES "alert_subscriptions"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
-- The digest job finds what changed since a watermark.
CREATE INDEX "entries_updated_at_idx" ON "entries"("updated_at");
