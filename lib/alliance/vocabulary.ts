import { z } from "zod";

// The Alliance's two small vocabularies. Values are stable identifiers (URLs,
// the API, the database's CHECK constraints); labels live in the message
// catalogues under alliance.types.* and alliance.priorities.*.

/** What kind of organisation a member is. */
export const ALLIANCE_TYPES = [
  "ministry-agency",
  "university-research",
  "school-network",
  "science-centre-museum",
  "ngo",
  "company",
  "national-stem-platform",
  "international-organisation",
] as const;
export const allianceTypeSchema = z.enum(ALLIANCE_TYPES, { message: "Choose the kind of organisation from the list." });
export type AllianceType = z.infer<typeof allianceTypeSchema>;

/**
 * The Roadmap 2030 priorities a member works on. The catalogue's sources say
 * what the Alliance is for (the STEM Alliance Roadmap towards 2030, through
 * the UNESCO–Huawei project's aims): a renewed STEM learning model, closing
 * the gender gap and the digital gap, institutional and professional
 * capabilities, research and innovation in STEM education, and sharing
 * knowledge and good practice across the region. ADR 018 says why these six.
 */
export const ROADMAP_PRIORITIES = [
  "learning-model",
  "gender-gap",
  "digital-gap",
  "capabilities",
  "research-innovation",
  "knowledge-sharing",
] as const;
export const roadmapPrioritySchema = z.enum(ROADMAP_PRIORITIES, { message: "Choose priorities from the list." });
export type RoadmapPriority = z.infer<typeof roadmapPrioritySchema>;

export const MEMBERSHIP_STATES = ["member", "suspended", "ended"] as const;
export type MembershipState = (typeof MEMBERSHIP_STATES)[number];

export const APPLICATION_STATES = ["pending", "more_requested", "approved", "declined"] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

export function isAllianceType(value: string | null): value is AllianceType {
  return allianceTypeSchema.safeParse(value).success;
}

/** Only the known priorities, in the vocabulary's order. */
export function knownPriorities(values: readonly string[]): RoadmapPriority[] {
  return ROADMAP_PRIORITIES.filter((p) => values.includes(p));
}
