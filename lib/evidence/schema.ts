import { z } from "zod";
import { webAddressSchema } from "@/lib/forms/web-address";
import { EVIDENCE_LEVELS } from "./levels";

/**
 * A moderator's assessment of one entry: a level with its justification and,
 * optionally, the address of the evidence; or level "none", which withdraws
 * the assessment (the justification then says why, for the audit log).
 */
export const assessEvidenceSchema = z.strictObject({
  slug: z.string().min(1).max(120),
  level: z.enum([...EVIDENCE_LEVELS, "none"]),
  justification: z.string().trim().min(1, "Give the reason").max(2000),
  evidenceUrl: z.union([z.literal(""), webAddressSchema()]).optional(),
});
export type AssessEvidenceInput = z.input<typeof assessEvidenceSchema>;
