import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { listAudit } from "@/lib/audit/audit";
import { isStaff } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { slugSchema } from "@/lib/catalogue/schema";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { getEntryHistory } from "@/lib/submissions/history";
import { ArchiveForm } from "@/components/moderation/archive-form";
import { RestoreForm } from "@/components/moderation/restore-form";
import { Section } from "@/components/ui/section";
import { archiveEntryAction, restoreEntryAction } from "../../actions";
import { AuditTable } from "@/components/moderation/audit-table";
import { EntryLookupForm } from "@/components/moderation/entry-lookup-form";
import { StatusMessage } from "@/components/forms/status-message";
import { VersionTable } from "@/components/moderation/version-table";
import { When } from "@/components/ui/when";
import { ModerationBreadcrumb } from "@/components/moderation/moderation-breadcrumb";

export const metadata: Metadata = { title: "Entry history", robots: { index: false, follow: false } };

type Props = { params: Promise<{ slug: string }>; searchParams: SearchParams };

export default async function EntryHistoryPage({ params, searchParams }: Props) {
  const actor = await currentActor();
  if (!isStaff(actor)) notFound();
  const { slug } = await params;
  const parsed = slugSchema.safeParse(slug);
  const history = parsed.success ? await getEntryHistory(actor, parsed.data) : null;
  if (!history) {
    return (
      <div className="max-w-2xl space-y-4">
        <h1 className="text-2xl font-bold">No entry has this address</h1>
        <p className="text-slate-700">Check the address and try again.</p>
        <EntryLookupForm defaultValue={slug} />
      </div>
    );
  }
  const events = (await listAudit(actor, { subjectType: "entry", subjectIds: [history.id] })) ?? [];
  const done = firstParam((await searchParams).done);

  return (
    <div className="space-y-8">
      <header>
        <ModerationBreadcrumb current="Entry history" />
        <h1 className="mt-3 text-2xl font-bold leading-tight">History of “{history.title}”</h1>
        <p className="mt-2 text-sm text-slate-700">
          Address: <code>{history.slug}</code>
          {!history.archived && (
            <>
              {" · "}
              <Link href={`/entries/${history.slug}`}>Public page</Link>
            </>
          )}
        </p>
      </header>
      {done === "archived" && <StatusMessage>The entry is archived. It no longer appears on the site or in search.</StatusMessage>}
      {done === "restored" && <StatusMessage>The entry is back on the site and in search.</StatusMessage>}
      {history.archived && (
        <Section id="archived" title="Archived" size="panel" className="rounded-lg border-2 border-slate-400 bg-slate-50 p-4">
          <p className="mt-1">
            Taken off the site on <When date={history.archived.at} withTime />.
          </p>
          <p className="mt-1 whitespace-pre-wrap">Reason: {history.archived.reason ?? "none given"}</p>
          <h3 className="mb-2 mt-4 font-semibold">Restore it</h3>
          <RestoreForm action={restoreEntryAction} slug={history.slug} />
        </Section>
      )}
      <VersionTable slug={history.slug} versions={history.versions} />
      {events.length > 0 ? (
        <AuditTable records={events} caption="What happened to this entry, newest first" />
      ) : (
        <p className="text-sm text-slate-700">The audit log has no events for this entry yet.</p>
      )}
      {!history.archived && (
        <Section id="archive" title="Archive this entry" size="panel" className="rounded-lg border border-red-800 p-4">
          <p className="mb-3 mt-1 text-sm text-slate-700">
            Archiving takes the entry off the public site and out of search. Its history stays here, and the organisation is told why.
          </p>
          <ArchiveForm action={archiveEntryAction} slug={history.slug} />
        </Section>
      )}
    </div>
  );
}
