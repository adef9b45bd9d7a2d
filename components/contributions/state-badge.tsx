import { STATE_LABELS, type ProposalState } from "@/lib/submissions/schema";

// The label carries the meaning; colour and the symbol only repeat it.
const STYLES: Record<ProposalState, { symbol: string; className: string }> = {
  draft: { symbol: "✎", className: "border-slate-400 bg-slate-100 text-slate-800" },
  submitted: { symbol: "⏳", className: "border-brand-600 bg-brand-50 text-brand-800" },
  resubmitted: { symbol: "⏳", className: "border-brand-600 bg-brand-50 text-brand-800" },
  changes_requested: { symbol: "!", className: "border-amber-600 bg-amber-50 text-amber-900" },
  approved: { symbol: "✓", className: "border-green-700 bg-green-50 text-green-900" },
  rejected: { symbol: "✕", className: "border-red-800 bg-red-50 text-red-900" },
};

export function StateBadge({ state }: { state: ProposalState }) {
  const style = STYLES[state];
  return (
    <span className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${style.className}`}>
      <span aria-hidden="true">{style.symbol}</span>
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
