-- The proposer may take back evidence no moderator has decided on yet
-- (lib/evidence/withdraw.ts): a fourth state, dated like a decision.
ALTER TABLE "evidence_proposals" DROP CONSTRAINT "evidence_proposals_state";
ALTER TABLE "evidence_proposals" ADD CONSTRAINT "evidence_proposals_state" CHECK ("state" IN ('pending', 'accepted', 'declined', 'withdrawn'));
