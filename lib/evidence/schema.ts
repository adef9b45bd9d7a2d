import { z } from "zod";
import { isWebAddress, WEB_ADDRESS_MESSAGE } from "@/lib/forms/web-address";
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
  // "" for none. Not a union with webAddressSchema: a union's failure says only "Invalid input".
  evidenceUrl: z
    .string()
    .trim()
    .max(2000)
    .refine((text) => text === "" || isWebAddress(text), WEB_ADDRESS_MESSAGE)
    .optional(),
});
export type AssessEvidenceInput = z.input<typeof assessEvidenceSchema>;
