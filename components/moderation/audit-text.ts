import type { AuditRecord } from "@/lib/audit/audit";
import { STATE_LABELS, toProposalState, PROPOSAL_STATES } from "@/lib/submissions/schema";

// The audit log in words. Unknown actions and details still show, humanised,
// so a new kind of event never disappears from the log.

const ACTIONS = {
  "proposal.created": "Started a proposal",
  "proposal.submitted": "Sent a proposal for review",
  "proposal.resubmitted": "Sent a proposal back for review",
  "proposal.approved": "Approved a proposal",
  "proposal.changes_requested": "Asked for changes",
  "proposal.rejected": "Rejected a proposal",
  "proposal.deleted": "Deleted a draft",
  "entry.published": "Published a new entry",
  "entry.updated": "Published a new version",
  "entry.archived": "Archived an entry",
  "entry.restored": "Restored an archived entry",
  "entry.evidence_assessed": "Assessed the evidence of an entry",
  "entry.evidence_withdrawn": "Withdrew an evidence assessment",
  "entry.evidence_proposed": "Proposed evidence for an entry",
  "entry.evidence_proposal_accepted": "Accepted proposed evidence",
  "entry.evidence_proposal_declined": "Declined proposed evidence",
  "entry.verified": "Confirmed an entry is still accurate",
  "entry.contact_switched_off": "Switched off messages to an entry",
  "entry.contact_switched_on": "Switched on messages to an entry",
  "organisation.contact_changed": "Changed an organisation’s contact address",
  "proposal.imported": "Imported a proposal from a file",
  "import.completed": "Imported a file",
  "import.failed": "An import failed, nothing was imported",
} as const;

/** An action with its own message in the catalogues (moderation.audit.actions.<action>); English above is what unit tests read. */
export type KnownAction = keyof typeof ACTIONS;

export function isKnownAction(action: string): action is KnownAction {
  return Object.hasOwn(ACTIONS, action);
}

function humanise(code: string): string {
  const words = code.replace(/[._]+/g, " ").trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function actionLabel(action: string): string {
  return isKnownAction(action) ? ACTIONS[action] : humanise(action);
}

function valueText(key: string, value: unknown): string {
  if (typeof value === "string") {
    if ((key === "from" || key === "to") && PROPOSAL_STATES.some((s) => s === value)) return STATE_LABELS[toProposalState(value)];
    return value;
  }
  if (value === null || value === undefined) return "none";
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** One readable line per detail; a from/to pair reads as one change. */
export function detailLines(details: AuditRecord["details"]): string[] {
  if (details === null || typeof details !== "object" || Array.isArray(details)) return details === null ? [] : [valueText("", details)];
  const entries = Object.entries(details).filter(([, v]) => v !== "" && v !== null && v !== undefined);
  const lines: string[] = [];
  if ("from" in details && "to" in details) lines.push(`${valueText("from", details.from)} → ${valueText("to", details.to)}`);
  for (const [key, value] of entries) {
    if (key === "from" || key === "to") continue;
    lines.push(`${humanise(key)}: ${valueText(key, value)}`);
  }
  return lines;
}

/** Where the subject of an event can be looked at, when there is such a page. */
export function subjectHref(record: AuditRecord): string | null {
  if (record.subjectType === "proposal") return `/moderation/${record.subjectId}`;
  if (record.subjectType === "import") return `/moderation/imports/${record.subjectId}`;
  const details = record.details;
  if (record.subjectType === "entry" && details !== null && typeof details === "object" && !Array.isArray(details) && typeof details.slug === "string") {
    return `/moderation/entries/${encodeURIComponent(details.slug)}`;
  }
  return null;
}
