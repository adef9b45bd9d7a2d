import { useTranslations } from "next-intl";
import type { ProposalState } from "@/lib/submissions/schema";
import { StatusBadge, type BadgeIcon, type BadgeTone } from "./status-badge";

const STYLES: Record<ProposalState, { icon: BadgeIcon; tone: BadgeTone }> = {
  draft: { icon: "pencil", tone: "neutral" },
  submitted: { icon: "clock", tone: "info" },
  resubmitted: { icon: "clock", tone: "info" },
  changes_requested: { icon: "alert", tone: "warning" },
  approved: { icon: "check", tone: "success" },
  rejected: { icon: "cross", tone: "danger" },
};

/** A proposal's state, the same for its members and the moderators. */
export function StateBadge({ state }: { state: ProposalState }) {
  const t = useTranslations("ui.proposalState");
  return (
    <StatusBadge tone={STYLES[state].tone} icon={STYLES[state].icon}>
      {t(state)}
    </StatusBadge>
  );
}
