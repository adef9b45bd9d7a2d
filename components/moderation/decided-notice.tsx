import Link from "next/link";
import type { ProposalState } from "@/lib/submissions/schema";
import type { ProposalView } from "@/lib/submissions/views";
import { When } from "@/components/ui/when";
import { Section } from "@/components/ui/section";

const WHY_NO_FORM: Record<ProposalState, string> = {
  draft: "This proposal is still a draft. The organisation has not sent it for review yet.",
  changes_requested: "Changes were requested. It comes back to the queue when the organisation resubmits it.",
  approved: "This proposal was approved and published. There is nothing left to decide.",
  rejected: "This proposal was rejected. There is nothing left to decide.",
  submitted: "",
  resubmitted: "",
};

/** Shown instead of the decision form when the proposal does not wait for review. */
export function DecidedNotice({ proposal }: { proposal: ProposalView }) {
  const last = proposal.reviews.at(-1);
  return (
    <Section id="decision" title="Decision" size="panel" className="rounded-lg border border-slate-300 bg-slate-50 p-4">
      <p className="mt-1">{WHY_NO_FORM[proposal.state] || "Only moderators can decide on this proposal."}</p>
      {last && (proposal.state === "approved" || proposal.state === "rejected" || proposal.state === "changes_requested") && (
        <p className="mt-1 text-sm text-slate-700">
          Decided by {last.moderator} on <When date={last.createdAt} withTime />. Their comments are under “Earlier reviews”.
        </p>
      )}
      {proposal.state === "approved" && proposal.published && !proposal.published.archived && (
        <p className="mt-1 text-sm">
          <Link href={`/entries/${proposal.published.slug}`}>See the published entry</Link>
        </p>
      )}
      <p className="mt-3 text-sm">
        <Link href="/moderation">Back to the queue</Link>
      </p>
    </Section>
  );
}
