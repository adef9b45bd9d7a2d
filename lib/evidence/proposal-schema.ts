import { z } from "zod";
import { slugSchema } from "@/lib/catalogue/schema";
import { webAddressSchema } from "@/lib/forms/web-address";
import { evidenceLevelSchema } from "./levels";
import { assessEvidenceSchema } from "./schema";

// Evidence that a member proposes for an entry, and a moderator's decision on
// it (propose.ts, decide.ts). Accepting is an assessment, so it takes the
// assessment's own rules for the level and the justification.

export const EVIDENCE_PROPOSAL_STATES = ["pending", "accepted", "declined", "withdrawn"] as const;
export const evidenceProposalStateSchema = z.enum(EVIDENCE_PROPOSAL_STATES);
export type EvidenceProposalState = z.infer<typeof evidenceProposalStateSchema>;

export const NOTE_MAX = 1000;
export const EVIDENCE_PROPOSAL_GONE = "This proposed evidence could not be found. Reload the page.";

const proposalId = z.uuid({ message: EVIDENCE_PROPOSAL_GONE });

/** A member's proposal: the level they believe applies, the evidence's address and a short note. */
export const proposeEvidenceSchema = z.strictObject({
  slug: slugSchema,
  level: evidenceLevelSchema,
  url: z.string().trim().max(2000).pipe(webAddressSchema()),
  note: z.string().trim().min(1, "Say in a sentence or two what the evidence shows.").max(NOTE_MAX),
});
export type ProposeEvidenceInput = z.input<typeof proposeEvidenceSchema>;

/** Accepting assesses the entry at the level the moderator chooses, with their public justification and the proposal's address. */
export const acceptEvidenceProposalSchema = z.strictObject({
  proposalId,
  level: evidenceLevelSchema,
  justification: assessEvidenceSchema.shape.justification,
});

/** Declining says why, to the member who proposed it. */
export const declineEvidenceProposalSchema = z.strictObject({
  proposalId,
  reason: z.string().trim().min(1, "Give the reason").max(2000),
});

/** The proposer takes back what no moderator has decided on yet. */
export const withdrawEvidenceProposalSchema = z.strictObject({ proposalId });
