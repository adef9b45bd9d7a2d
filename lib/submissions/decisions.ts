// A moderator's decision in words, as members and moderators read it in a review.

const DECISION_LABELS: Record<string, string> = {
  approve: "Approved",
  request_changes: "Asked for changes",
  reject: "Rejected",
};

/** An unknown decision (from a future version) still shows, as stored. */
export function decisionLabel(decision: string): string {
  return DECISION_LABELS[decision] ?? decision;
}
