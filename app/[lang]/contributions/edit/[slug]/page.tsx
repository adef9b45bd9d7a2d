import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { belongsTo } from "@/lib/auth/permissions";
import { requireActor } from "@/lib/auth/session";
import { getPublishedEntry } from "@/lib/catalogue/entries";
import { slugSchema } from "@/lib/catalogue/schema";
import { entryOwner } from "@/lib/organisations/directory";
import { StartEditForm } from "@/components/contributions/start-edit-form";
import { startEditAction } from "../../actions";

export const metadata: Metadata = { title: "Propose changes", robots: { index: false, follow: false } };

type Props = { params: Promise<{ slug: string }> };

// A page with a button rather than a link that starts the edit, so following
// or prefetching a link never creates a proposal.
export default async function ProposeChangesPage({ params }: Props) {
  const parsed = slugSchema.safeParse((await params).slug);
  if (!parsed.success) notFound();
  const slug = parsed.data;
  const actor = await requireActor(`/contributions/edit/${slug}`);
  const [entry, owner] = await Promise.all([getPublishedEntry(slug), entryOwner(slug)]);
  if (!entry) notFound();
  const allowed = owner !== null && belongsTo(actor, owner.id);
  return (
    <div className="max-w-3xl space-y-5">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/entries/${slug}`}>Back to the entry</Link>
      </nav>
      <h1 className="text-2xl font-bold">Propose changes to “{entry.title}”</h1>
      {allowed ? (
        <>
          <p className="text-slate-700">
            You will get an editable copy of the entry. Your changes stay private to {owner.name} until you submit them, and the published entry stays
            exactly as it is until a moderator approves them. If someone in your organisation has already started changes, you will continue theirs.
          </p>
          <StartEditForm action={startEditAction} slug={slug} />
        </>
      ) : (
        <p className="text-slate-700">
          Only members of {owner ? owner.name : "the organisation that owns this entry"} can propose changes to it. If you work there, ask to join it
          from <Link href="/account">your account page</Link>.
        </p>
      )}
    </div>
  );
}
