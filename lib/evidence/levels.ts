import { z } from "zod";

// The evidence rubric (issue 16), weakest first. What each level requires is
// published at /about/evidence, in every interface language; moderators
// assess each entry against it.

export const EVIDENCE_LEVELS = ["described", "evaluated", "impact"] as const;
export const evidenceLevelSchema = z.enum(EVIDENCE_LEVELS);
export type EvidenceLevel = z.infer<typeof evidenceLevelSchema>;

/** An entry's assessment as readers see it; null when it has not been assessed. */
export type EntryEvidence = {
  level: EvidenceLevel;
  justification: string;
  evidenceUrl: string | null;
  assessedAt: Date;
} | null;

/** A stored assessment as readers see it; a level the rubric no longer has reads as none. */
export function toEntryEvidence(row: { level: string; justification: string; evidenceUrl: string | null; assessedAt: Date } | null): EntryEvidence {
  const level = evidenceLevelSchema.safeParse(row?.level);
  if (!row || !level.success) return null;
  return { level: level.data, justification: row.justification, evidenceUrl: row.evidenceUrl, assessedAt: row.assessedAt };
}
