import type { Metadata } from "next";
import Link from "next/link";
import { requireActor } from "@/lib/auth/session";
import { organisationsByIds } from "@/lib/organisations/directory";
import { NewEntryForm } from "@/components/contributions/new-entry-form";
import { createEntryAction } from "../actions";
import { NoOrganisation } from "@/components/contributions/no-organisation";

export const metadata: Metadata = { title: "New entry", robots: { index: false, follow: false } };

export default async function NewEntryPage() {
  const actor = await requireActor("/contributions/new");
  const organisations = await organisationsByIds(actor.organisationIds);
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href="/contributions">My contributions</Link>
      </nav>
      <h1 className="text-2xl font-bold">Add a new entry</h1>
      {organisations.length === 0 ? (
        <NoOrganisation />
      ) : (
        <>
          <p className="max-w-3xl text-slate-700">
            Start with the kind of entry and its title. Next you will fill in the rest: description, countries, levels, themes, sources. You can save
            a draft at any point and finish it later; nothing is public until a moderator approves it.
          </p>
          <NewEntryForm action={createEntryAction} organisations={organisations} />
        </>
      )}
    </div>
  );
}
