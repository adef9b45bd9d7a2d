-- Scheduled jobs with leases, and an outbox for the mail they decide to send (issue 16).

CREATE TABLE "jobs" (
    "name" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),
    "locked_by" TEXT,
    "runs" INTEGER NOT NULL DEFAULT 0,
    "last_started_at" TIMESTAMPTZ(3),
    "last_finished_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "last_outcome" TEXT,
    CONSTRAINT "jobs_pkey" PRIMARY KEY ("name"),
    CONSTRAINT "jobs_name_check" CHECK ("name" ~ '^[a-z][a-z0-9-]*(\.[a-z][a-z0-9-]*)*$'),
    CONSTRAINT "jobs_runs_check" CHECK ("runs" >= 0)
);

CREATE TABLE "mail_outbox" (
    "id" BIGSERIAL NOT NULL,
    "dedupe_key" TEXT,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "reply_to" TEXT,
    "headers" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "available_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "failed_at" TIMESTAMPTZ(3),
    CONSTRAINT "mail_outbox_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "mail_outbox_recipient_check" CHECK ("recipient" LIKE '%_@_%' AND length("recipient") <= 320),
    CONSTRAINT "mail_outbox_subject_check" CHECK (length(btrim("subject")) > 0 AND length("subject") <= 200),
    CONSTRAINT "mail_outbox_text_check" CHECK (length("text") > 0),
    CONSTRAINT "mail_outbox_headers_check" CHECK (jsonb_typeof("headers") = 'object'),
    CONSTRAINT "mail_outbox_done_check" CHECK ("sent_at" IS NULL OR "failed_at" IS NULL)
);

CREATE UNIQUE INDEX "mail_outbox_dedupe_key_key" ON "mail_outbox"("dedupe_key");
-- Senders look only at mail still to send.
CREATE INDEX "mail_outbox_pending_idx" ON "mail_outbox"("available_at", "id") WHERE "sent_at" IS NULL AND "failed_at" IS NULL;
