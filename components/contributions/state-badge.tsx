import { STATE_LABELS, type ProposalState } from "@/lib/submissions/schema";
import { StatusBadge, type BadgeIcon, type BadgeTone } from "@/components/ui/status-badge";

const STYLES: Record<ProposalState, { icon: BadgeIcon; tone: BadgeTone }> = {
  draft: { icon: "pencil", tone: "neutral" },
  submitted: { icon: "clock", tone: "info" },
  resubmitted: { icon: "clock", tone: "info" },
  changes_requested: { icon: "alert", tone: "warning" },
  approved: { icon: "check", tone: "success" },
  rejected: { icon: "cross", tone: "danger" },
};

/** A proposal's state as its members see it. */
export function StateBadge({ state }: { state: ProposalState }) {
  return (
    <StatusBadge tone={STYLES[state].tone} icon={STYLES[state].icon}>
      {STATE_LABELS[state]}
    </StatusBadge>
  );
}

/** What the state means for the member, in a sentence. */
export const STATE_EXPLAINED: Record<ProposalState, string> = {
  draft: "Only your organisation can see this draft. Submit it when it is ready.",
  submitted: "A moderator will review it. You cannot change it while it waits.",
  resubmitted: "Your changes are with the moderators again. You cannot change it while it waits.",
  changes_requested: "A moderator asked for changes. Update it and resubmit it.",
  approved: "Approved and published.",
  rejected: "A moderator decided not to publish it.",
};
