import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import type { SearchParams } from "@/lib/http/search-params";
import { organisationsByIds } from "@/lib/organisations/directory";
import { listContributions } from "@/lib/submissions/views";
import { ContributionsTable } from "@/components/contributions/contributions-table";
import { DoneMessage } from "@/components/contributions/done-message";
import { NoOrganisation } from "@/components/contributions/no-organisation";
import { EmptyState } from "@/components/ui/empty-state";

export const metadata: Metadata = { title: "My contributions", robots: { index: false, follow: false } };

type Props = { searchParams: SearchParams };

export default async function ContributionsPage({ searchParams }: Props) {
  const actor = await requireActor("/contributions");
  const [organisations, items, params] = await Promise.all([organisationsByIds(actor.organisationIds), listContributions(actor), searchParams]);
  const done = typeof params.done === "string" ? params.done : undefined;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="text-2xl font-bold">My contributions</h1>
        {organisations.length > 0 && (
          <Link href="/contributions/new" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800">
            New entry
          </Link>
        )}
      </div>
      <DoneMessage done={done} />
      {organisations.length === 0 ? (
        <NoOrganisation />
      ) : (
        <p className="max-w-3xl text-slate-700">
          Everything you and the other members of {organisations.map((o) => o.name).join(", ")} have started or sent for review, with what the
          moderators said. To change a published entry, open it in the catalogue and choose “Propose changes”.
        </p>
      )}
      {items.length > 0 ? (
        <ContributionsTable items={items} />
      ) : (
        organisations.length > 0 && (
          <EmptyState
            title="Nothing here yet"
            message={
              <>
                Add a programme, platform, publication, resource or team with <Link href="/contributions/new">New entry</Link>. You can save a draft and
                come back to it later; nothing is public until a moderator approves it.
              </>
            }
          />
        )
      )}
    </div>
  );
}
