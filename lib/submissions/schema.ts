import { z } from "zod";
import {
  entryFieldsSchema,
  noTranslationIntoOriginal,
  noTranslationIntoOriginalIssue,
  yearsInOrder,
  yearsInOrderIssue,
} from "@/lib/catalogue/schema";
import {
  endAfterStart,
  endAfterStartIssue,
  eventFieldsOnlyOnEvents,
  eventFieldsOnlyOnEventsIssue,
  startHasZone,
  startHasZoneIssue,
} from "@/lib/events/schema";

// What a proposal holds: every field of an entry but its slug, which is given
// on approval (new entries) or kept (edits).

const contentFields = entryFieldsSchema.omit({ slug: true });

/** A proposal ready for review: the same rules as any published entry. */
export const proposalContentSchema = contentFields
  .refine(yearsInOrder, yearsInOrderIssue)
  .refine(noTranslationIntoOriginal, noTranslationIntoOriginalIssue)
  .refine(eventFieldsOnlyOnEvents, eventFieldsOnlyOnEventsIssue)
  .refine(startHasZone, startHasZoneIssue)
  .refine(endAfterStart, endAfterStartIssue);
export type ProposalContent = z.output<typeof proposalContentSchema>;

/** A draft may be incomplete, but what it holds must already be valid. */
export const proposalDraftSchema = contentFields
  .partial()
  .required({ kind: true, title: true })
  .refine(yearsInOrder, yearsInOrderIssue)
  .refine(noTranslationIntoOriginal, noTranslationIntoOriginalIssue)
  .refine(eventFieldsOnlyOnEvents, eventFieldsOnlyOnEventsIssue)
  .refine(startHasZone, startHasZoneIssue)
  .refine(endAfterStart, endAfterStartIssue);
export type ProposalDraft = z.output<typeof proposalDraftSchema>;

/** The form that starts a new entry: whose it is, and the two fields a draft needs (createProposal checks them). */
export const newEntrySchema = contentFields.pick({ kind: true, title: true }).extend({ organisationId: z.string() });

export const PROPOSAL_STATES = ["draft", "submitted", "changes_requested", "resubmitted", "approved", "rejected"] as const;
export type ProposalState = (typeof PROPOSAL_STATES)[number];

export const STATE_LABELS: Record<ProposalState, string> = {
  draft: "Draft",
  submitted: "Submitted",
  changes_requested: "Changes requested",
  resubmitted: "Resubmitted",
  approved: "Approved",
  rejected: "Rejected",
};

/** States in which a proposal waits for a moderator. */
export const AWAITING_REVIEW: ProposalState[] = ["submitted", "resubmitted"];
/** States in which the organisation may still change it. */
export const EDITABLE: ProposalState[] = ["draft", "changes_requested"];
/** States that still lead somewhere (one open proposal per entry at a time). */
export const OPEN: ProposalState[] = ["draft", "submitted", "changes_requested", "resubmitted"];

export function toProposalState(value: string): ProposalState {
  return PROPOSAL_STATES.find((s) => s === value) ?? "draft";
}

const uuid = z.uuid({ message: "Unknown proposal" });
const expectedVersion = z.coerce.number().int().min(1);

export const fieldNameSchema = contentFields.keyof();
export type FieldName = z.output<typeof fieldNameSchema>;

export const reviewDecisionSchema = z.discriminatedUnion("decision", [
  z.strictObject({ decision: z.literal("approve"), proposalId: uuid, expectedVersion, comment: z.string().trim().max(4000).default("") }),
  z.strictObject({
    decision: z.literal("request_changes"),
    proposalId: uuid,
    expectedVersion,
    comment: z.string().trim().min(1, "Say what should change").max(4000),
    fieldComments: z.partialRecord(fieldNameSchema, z.string().trim().max(2000)).default({}),
  }),
  z.strictObject({
    decision: z.literal("reject"),
    proposalId: uuid,
    expectedVersion,
    comment: z.string().trim().min(1, "Give the reason for rejecting").max(4000),
  }),
]);
export type ReviewDecision = z.input<typeof reviewDecisionSchema>;

/** Restoring an archived entry needs a reason, for the organisation and the audit log. */
export const restoreSchema = z.strictObject({
  slug: z.string().min(1).max(120),
  reason: z.string().trim().min(1, "Give the reason").max(2000),
});

/**
 * Archiving needs a reason too, which the entry's old address then shows to
 * everyone, and may name the entry that takes its place: its address, or a
 * link to it pasted from the site ("" for none).
 */
export const archiveSchema = restoreSchema.extend({
  successor: z
    .string()
    .trim()
    .max(300)
    .optional()
    .transform((text) => successorSlug(text ?? "")),
});

/** The slug in "quakesafe", "/entries/quakesafe" or "https://…/de/entries/quakesafe?x#y"; "" stays "". */
function successorSlug(text: string): string {
  const path = text.replace(/[?#].*$/, "").replace(/\/+$/, "");
  const inPath = path.match(/\/entries\/([^/]+)$/);
  const slug = inPath?.[1] ?? path;
  try {
    return decodeURIComponent(slug).toLowerCase();
  } catch {
    return slug.toLowerCase();
  }
}
