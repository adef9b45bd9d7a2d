-- Issue 16: a moderator's assessment of the evidence behind an entry, against
-- the rubric published at /about/evidence. One per entry, replaced when it is
-- assessed again (the audit log keeps every earlier one).
CREATE TABLE "evidence_assessments" (
    "entry_id" UUID NOT NULL,
    "level" TEXT NOT NULL,
    "justification" TEXT NOT NULL,
    "evidence_url" TEXT,
    "assessed_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "assessed_by_id" UUID,

    CONSTRAINT "evidence_assessments_pkey" PRIMARY KEY ("entry_id"),
    CONSTRAINT "evidence_assessments_level" CHECK ("level" IN ('described', 'evaluated', 'impact')),
    CONSTRAINT "evidence_assessments_justification" CHECK (length(btrim("justification")) > 0),
    CONSTRAINT "evidence_assessments_evidence_url" CHECK (public.web_address_ok("evidence_url"))
);

ALTER TABLE "evidence_assessments" ADD CONSTRAINT "evidence_assessments_entry_id_fkey" FOREIGN KEY ("entry_id") REFERENCES "entries"("id") ON DELETE CASCADE ON UPDATE CASCADE;
