-- CreateTable
CREATE TABLE "search_outbox" (
    "id" BIGSERIAL NOT NULL,
    "entry_id" UUID NOT NULL,
    "operation" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "available_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "locked_until" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "done_at" TIMESTAMPTZ(3),

    CONSTRAINT "search_outbox_pkey" PRIMARY KEY ("id")
);


-- Hand-written (see README, "Adding a migration")

ALTER TABLE "search_outbox" ADD CONSTRAINT "search_outbox_operation_check" CHECK ("operation" IN ('index', 'remove'));

-- Claiming scans the pending rows in id order, and the lag reads the oldest of them
CREATE INDEX "search_outbox_pending_idx" ON "search_outbox" ("id") WHERE "done_at" IS NULL;

-- Only the oldest pending row of an entry may be claimed, which this answers per entry
CREATE INDEX "search_outbox_pending_entry_idx" ON "search_outbox" ("entry_id", "id") WHERE "done_at" IS NULL;

-- Pruning of delivered rows
CREATE INDEX "search_outbox_done_at_idx" ON "search_outbox" ("done_at") WHERE "done_at" IS NOT NULL;
