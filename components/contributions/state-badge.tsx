import { STATE_LABELS, type ProposalState } from "@/lib/submissions/schema";

// The label carries the meaning; colour and the icon only repeat it. Icons are
// drawn, not typed: an emoji such as the hourglass is missing from the fonts
// many readers have (DejaVu Sans among them) and shows as an empty box.

type Icon = "pencil" | "clock" | "alert" | "check" | "cross";

const PATHS: Record<Icon, string> = {
  pencil: "M3 13l1-3 7-7 2 2-7 7-3 1z",
  clock: "M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11zM8 5v3.5l2.5 1.5",
  alert: "M8 3v6.5M8 12v1",
  check: "M3.5 8.5l3 3 6-7",
  cross: "M4 4l8 8M12 4l-8 8",
};

const STYLES: Record<ProposalState, { icon: Icon; className: string }> = {
  draft: { icon: "pencil", className: "border-slate-400 bg-slate-100 text-slate-800" },
  submitted: { icon: "clock", className: "border-brand-600 bg-brand-50 text-brand-800" },
  resubmitted: { icon: "clock", className: "border-brand-600 bg-brand-50 text-brand-800" },
  changes_requested: { icon: "alert", className: "border-amber-600 bg-amber-50 text-amber-900" },
  approved: { icon: "check", className: "border-green-700 bg-green-50 text-green-900" },
  rejected: { icon: "cross", className: "border-red-800 bg-red-50 text-red-900" },
};

function StateIcon({ icon }: { icon: Icon }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      className="h-3 w-3 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[icon]} />
    </svg>
  );
}

export function StateBadge({ state }: { state: ProposalState }) {
  const style = STYLES[state];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${style.className}`}>
      <StateIcon icon={style.icon} />
      {STATE_LABELS[state]}
    </span>
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
