import Link from "next/link";
import { labelOf } from "@/lib/catalogue/vocabularies";
import type { ProposalView } from "@/lib/submissions/views";
import { StateBadge } from "@/components/ui/proposal-state-badge";
import { When } from "@/components/ui/when";
import { ModerationBreadcrumb } from "@/components/moderation/moderation-breadcrumb";

export function ProposalHeader({ proposal }: { proposal: ProposalView }) {
  const { published } = proposal;
  return (
    <header>
      <ModerationBreadcrumb current="Review" />
      <h1 className="mt-3 text-2xl font-bold leading-tight">{proposal.title}</h1>
      <dl className="mt-4 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">State</dt>
        <dd>
          <StateBadge state={proposal.state} />
        </dd>
        <dt className="font-semibold">Kind</dt>
        <dd>{labelOf("kind", proposal.kind)}</dd>
        <dt className="font-semibold">Organisation</dt>
        <dd>{proposal.organisation.name}</dd>
        <dt className="font-semibold">Author</dt>
        <dd>{proposal.author}</dd>
        <dt className="font-semibold">Submitted</dt>
        <dd>{proposal.submittedAt ? <When date={proposal.submittedAt} withTime /> : "Not submitted yet"}</dd>
        <dt className="font-semibold">Proposes</dt>
        <dd>
          {published ? (
            <>
              changes to a published entry (now at version {published.version}
              {published.archived ? ", archived" : ""}).{" "}
              {!published.archived && <Link href={`/entries/${published.slug}`}>Public page</Link>}
              {!published.archived && " · "}
              <Link href={`/moderation/entries/${published.slug}`}>Its history</Link>
            </>
          ) : (
            "a new entry"
          )}
        </dd>
      </dl>
    </header>
  );
}
