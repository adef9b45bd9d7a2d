import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { AUDIT_PAGE_SIZE, listAudit } from "@/lib/audit/audit";
import { currentActor } from "@/lib/auth/session";
import { AuditTable } from "@/components/moderation/audit-table";
import { ModerationBreadcrumb } from "@/components/moderation/moderation-breadcrumb";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/filter-select";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const metadata: Metadata = { title: "Audit log", robots: { index: false, follow: false } };

const SUBJECTS = [
  { value: "proposal", label: "Proposals" },
  { value: "entry", label: "Entries" },
  { value: "user", label: "Users" },
  { value: "organisation", label: "Organisations" },
  { value: "membership", label: "Memberships" },
  { value: "import", label: "Imports" },
] as const;

const auditQuerySchema = z.object({
  before: z
    .string()
    .regex(/^\d{1,18}$/)
    .transform((v) => BigInt(v))
    .optional()
    .catch(undefined),
  subject: z.enum(SUBJECTS.map((s) => s.value)).optional().catch(undefined),
});

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const query = auditQuerySchema.parse({ before: firstParam(params.before), subject: firstParam(params.subject) });
  const records = await listAudit(await currentActor(), { subjectType: query.subject, before: query.before });
  if (!records) notFound();
  const last = records.at(-1);
  const older = records.length === AUDIT_PAGE_SIZE && last ? new URLSearchParams({ before: last.id, ...(query.subject ? { subject: query.subject } : {}) }) : null;
  const newest = query.subject ? `/moderation/audit?subject=${query.subject}` : "/moderation/audit";

  return (
    <div className="space-y-6">
      <div>
        <ModerationBreadcrumb current="Audit log" />
        <h1 className="mt-3 text-2xl font-bold">Audit log</h1>
        <p className="mt-2 max-w-3xl text-slate-700">Every change of state and every change of role, as it happened. Nothing here can be edited or deleted.</p>
      </div>
      <form action="/moderation/audit" method="get" className="flex flex-wrap items-end gap-3 text-sm">
        <FilterSelect id="audit-subject" name="subject" label="Show events about" anyLabel="Everything" options={SUBJECTS} value={query.subject} />
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Show
        </button>
      </form>
      {records.length > 0 ? (
        <AuditTable records={records} caption={query.before ? "Older events, newest first" : "Latest events, newest first"} />
      ) : (
        <EmptyState message="No events to show here." />
      )}
      <nav aria-label="Pages of the audit log" className="flex gap-4 text-sm">
        {query.before !== undefined && <Link href={newest}>Newest events</Link>}
        {older && (
          <Link href={`/moderation/audit?${older.toString()}`} rel="next">
            Older events
          </Link>
        )}
      </nav>
    </div>
  );
}
