import Link from "next/link";
import { labelOf } from "@/lib/catalogue/vocabularies";
import type { ProposalView } from "@/lib/submissions/views";
import { StateBadge } from "@/components/ui/proposal-state-badge";
import { STATE_EXPLAINED } from "./state-explained";
import { When } from "@/components/ui/when";

export function ProposalHeading({ proposal }: { proposal: ProposalView }) {
  const { published } = proposal;
  return (
    <header className="space-y-3">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/contributions">My contributions</Link>
      </nav>
      <h1 className="text-2xl font-bold">{proposal.title}</h1>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
        <StateBadge state={proposal.state} />
        <span>{labelOf("kind", proposal.kind)}</span>
        <span>for {proposal.organisation.name}</span>
        <span>
          started by {proposal.author}, last changed <When date={proposal.updatedAt} withTime />
        </span>
      </div>
      <p className="max-w-3xl">{STATE_EXPLAINED[proposal.state]}</p>
      {published && (
        <p className="max-w-3xl text-sm text-slate-700">
          These are proposed changes to the published entry <Link href={`/entries/${published.slug}`}>{published.content.title}</Link>
          {published.archived
            ? ", which has since been archived."
            : ". Until a moderator approves them, the published entry stays exactly as it is."}
        </p>
      )}
    </header>
  );
}
