import type { ProposalState } from "@/lib/submissions/schema";

/** What the state means for the member, in a sentence. */
export const STATE_EXPLAINED: Record<ProposalState, string> = {
  draft: "Only your organisation can see this draft. Submit it when it is ready.",
  submitted: "A moderator will review it. You cannot change it while it waits.",
  resubmitted: "Your changes are with the moderators again. You cannot change it while it waits.",
  changes_requested: "A moderator asked for changes. Update it and resubmit it.",
  approved: "Approved and published.",
  rejected: "A moderator decided not to publish it.",
};
