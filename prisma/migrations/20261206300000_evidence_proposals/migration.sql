-- Issue 16: members of the organisation that owns an entry propose evidence
-- (a level, the evidence's address and a short note) for a moderator to
-- assess. Accepting assesses the entry with the proposal's address
-- (evidence_assessments), declining says why. Decided proposals stay on record.
CREATE TABLE "evidence_proposals" (
    "id" UUID NOT NULL,
    "entry_id" UUID NOT NULL,
    "proposer_id" UUID,
    "level" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "note" TEXT NOT NULL,
    "state" TEXT NOT NULL DEFAULT 'pending',
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_at" TIMESTAMP(3),
    "decided_by_id" UUID,
    "decision_reason" TEXT,

    CONSTRAINT "evidence_proposals_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "evidence_proposals_level" CHECK ("level" IN ('described', 'evaluated', 'impact')),
    CONSTRAINT "evidence_proposals_url" CHECK (public.web_address_ok("url") AND length("url") <= 2000),
    CONSTRAINT "evidence_proposals_note" CHECK (length(btrim("note")) > 0 AND length("note") <= 1000),
    CONSTRAINT "evidence_proposals_state" CHECK ("state" IN ('pending', 'accepted', 'declined')),
    -- Pending: not decided. Decided: when. Declined: always with the moderator's reason.
    CONSTRAINT "evidence_proposals_decided" CHECK (("state" = 'pending') = ("decided_at" IS NULL)),
    CONSTRAINT "evidence_proposals_pending_undecided" CHECK ("state" <> 'pending' OR ("decided_by_id" IS NULL AND "decision_reason" IS NULL)),
    CONSTRAINT "evidence_proposals_declined_reason" CHECK ("state" <> 'declined' OR length(btrim(coalesce("decision_reason", ''))) > 0)
);

-- One pending proposal per entry and proposer: a second is refused (lib/evidence/propose.ts).
CREATE UNIQUE INDEX "evidence_proposals_one_pending" ON "evidence_proposals" ("entry_id", "proposer_id") WHERE "state" = 'pending';
CREATE INDEX "evidence_proposals_state_created_at_idx" ON "evidence_proposals" ("state", "created_at");
CREATE INDEX "evidence_proposals_proposer_id_idx" ON "evidence_proposals" ("proposer_id");

ALTER TABLE "evidence_proposals" ADD CONSTRAINT "evidence_proposals_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "evidence_proposals" ADD CONSTRAINT "evidence_proposals_proposer_id_fkey" FOREIGN KEY ("proposer_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "evidence_proposals" ADD CONSTRAINT "evidence_proposals_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
