import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { AUDIT_PAGE_SIZE, listAudit, listAuditActors } from "@/lib/audit/audit";
import { AUDIT_SUBJECTS, auditFilterParams, auditFiltersSchema, auditQuerySchema, auditRange } from "@/lib/audit/audit-query";
import { currentActor } from "@/lib/auth/session";
import { AuditTable } from "@/components/moderation/audit-table";
import { ModerationBreadcrumb } from "@/components/moderation/moderation-breadcrumb";
import { EmptyState } from "@/components/ui/empty-state";
import { FilterSelect } from "@/components/ui/filter-select";
import { ErrorSummary } from "@/components/forms/error-summary";
import { fieldId } from "@/components/forms/ids";
import { problemsOf } from "@/components/forms/problems";
import { TextField } from "@/components/forms/text-field";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { localisedPath } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("moderation.audit");
  return { title: t("title"), robots: { index: false, follow: false } };
}

const FORM = "audit";
const DATE_FIELDS = ["from", "to"] as const;

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const [t, locale] = await Promise.all([getTranslations("moderation.audit"), getLocale()]);
  const dateLabel = (key: string) => {
    const field = DATE_FIELDS.find((f) => f === key);
    return field ? t(field) : undefined;
  };
  const raw = Object.fromEntries((["before", "subject", "actor", "from", "to"] as const).map((k) => [k, firstParam(params[k])]));
  const parsed = auditQuerySchema.safeParse(raw);
  const actor = await currentActor();
  const people = await listAuditActors(actor);
  if (!people) notFound();
  const errors = parsed.success ? {} : Object.fromEntries(Object.entries(z.flattenError(parsed.error).fieldErrors).flatMap(([k, v]) => (v ? [[k, v]] : [])));
  const query = parsed.success ? parsed.data : null;
  const records = query ? await listAudit(actor, { subjectType: query.subject, actorId: query.actor, before: query.before, ...auditRange(query) }) : [];
  if (!records) notFound();
  const filters = query ? auditFilterParams(query) : new URLSearchParams();
  const last = records.at(-1);
  const older = query && records.length === AUDIT_PAGE_SIZE && last ? new URLSearchParams([["before", last.id], ...filters]) : null;
  const newest = filters.size > 0 ? `/moderation/audit?${filters.toString()}` : "/moderation/audit";
  // After a bad date the other filters still show as chosen.
  const shown = query ?? auditFiltersSchema.parse(raw);

  return (
    <div className="space-y-6">
      <div>
        <ModerationBreadcrumb current={t("title")} />
        <h1 className="mt-3 text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      {!query && (
        <ErrorSummary
          message={t("badDates")}
          problems={problemsOf(errors, (key) => {
            const label = dateLabel(key);
            return { label: label ?? "", inputId: label ? fieldId(FORM, key) : undefined };
          })}
        />
      )}
      <form action={localisedPath(locale, "/moderation/audit")} method="get" className="grid gap-3 text-sm sm:grid-cols-2 lg:grid-cols-[repeat(4,minmax(0,1fr))_auto] lg:items-end">
        <FilterSelect id="audit-subject" name="subject" label={t("subject")} anyLabel={t("everything")} options={AUDIT_SUBJECTS.map((s) => ({ value: s.value, label: t(`subjects.${s.value}`) }))} value={shown.subject} />
        <FilterSelect id="audit-actor" name="actor" label={t("actor")} anyLabel={t("anyone")} options={people.map((p) => ({ value: p.id, label: p.label }))} value={shown.actor} />
        <TextField form={FORM} name="from" label={t("from")} type="date" required={false} defaultValue={query ? (query.from ?? "") : (raw.from ?? "")} errors={errors.from} />
        <TextField form={FORM} name="to" label={t("to")} type="date" required={false} defaultValue={query ? (query.to ?? "") : (raw.to ?? "")} errors={errors.to} />
        <div>
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
            {t("show")}
          </button>
        </div>
      </form>
      {records.length > 0 ? (
        <AuditTable records={records} caption={query?.before ? t("captionOlder") : t("captionLatest")} />
      ) : (
        query && <EmptyState message={t("none")} />
      )}
      <nav aria-label={t("pages")} className="flex gap-4 text-sm">
        {query?.before !== undefined && <Link href={newest}>{t("newest")}</Link>}
        {older && (
          <Link href={`/moderation/audit?${older.toString()}`} rel="next">
            {t("older")}
          </Link>
        )}
      </nav>
    </div>
  );
}
