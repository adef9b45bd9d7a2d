import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { currentActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { isLikelyDuplicate, rowsToApply } from "@/lib/imports/schema";
import { getImport, type ImportView } from "@/lib/imports/views";
import { ImportOutcome } from "@/components/imports/import-outcome";
import { ImportProgress } from "@/components/imports/import-progress";
import { ModerationBreadcrumb } from "@/components/moderation/moderation-breadcrumb";
import { ImportSummaryCounts } from "@/components/imports/import-summary";
import { MODE_LABELS, STATE_LABELS } from "@/components/imports/labels";
import { RowReport } from "@/components/imports/row-report";
import { RunForm } from "@/components/imports/run-form";
import { Section } from "@/components/ui/section";
import { runImportAction } from "../actions";
import { When } from "@/components/ui/when";
import { ErrorSummary } from "@/components/forms/error-summary";
import { EmptyState } from "@/components/ui/empty-state";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports.page");
  return { title: t("oneTitle"), robots: { index: false, follow: false } };
}

/** The most rows one page lists; the counts above always cover them all. */
const MAX_LISTED = 1000;

const PROBLEMS = ["conflict", "invalid"] as const;
const isProblem = (value: string | undefined): value is (typeof PROBLEMS)[number] => PROBLEMS.some((p) => p === value);

function Alert({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <div role="alert" className="rounded-md border-2 border-red-800 bg-red-50 px-4 py-3 text-red-900">
      <p className="font-semibold">{title}</p>
      {children}
    </div>
  );
}

async function Report({ view, showAll }: { view: ImportView; showAll: boolean }) {
  const t = await getTranslations("imports.report");
  const needingLook = view.rows.filter((r) => r.content === null || isLikelyDuplicate(r) || r.notes.length > 0);
  const listed = (showAll ? view.rows : needingLook).slice(0, MAX_LISTED);
  const base = `/moderation/imports/${view.id}`;
  return (
    <Section id="report" title={t("heading")} size="panel" className="space-y-4">
      <ImportSummaryCounts rows={view.rows} />
      {view.report.notes.length > 0 && (
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
          {view.report.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      <p className="text-sm">
        {showAll ? <Link href={base}>{t("showNeeding")}</Link> : <Link href={`${base}?show=all`}>{t("showAll")}</Link>}
      </p>
      {listed.length > 0 ? (
        <RowReport
          rows={listed}
          format={view.format}
          caption={showAll ? t("everyRow") : t("needingLook", { count: needingLook.length })}
        />
      ) : (
        <EmptyState message={t("allReady")} />
      )}
      {listed.length === MAX_LISTED && <p className="text-sm text-slate-700">{t("onlyFirst", { count: MAX_LISTED })}</p>}
    </Section>
  );
}

export default async function ImportPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params;
  const view = await getImport(await currentActor(), id);
  if (!view) notFound();
  const [query, t] = await Promise.all([searchParams, getTranslations("imports")]);
  const problemCode = firstParam(query.problem);
  const problem = isProblem(problemCode) ? t(`page.problems.${problemCode}`) : undefined;
  const ready = rowsToApply(view.rows, false).length;
  const duplicates = view.rows.filter((r) => r.content !== null && isLikelyDuplicate(r)).length;

  return (
    <div className="space-y-8">
      <div>
        <ModerationBreadcrumb trail={[{ label: t("page.breadcrumb"), href: "/moderation/imports" }]} current={view.fileName} />
        <h1 className="mt-3 break-all text-2xl font-bold">{t("page.importOf", { file: view.fileName })}</h1>
        <p className="mt-2 text-slate-700">
          {t(STATE_LABELS[view.state])} · {t(MODE_LABELS[view.mode])} · {view.organisation ?? t("page.noOrganisation")} ·{" "}
          {t.rich("page.uploaded", { person: view.createdBy, when: () => <When date={view.createdAt} withTime /> })}
        </p>
      </div>
      {/* The run form's refusal, after its redirect: the kit's summary, focused as the page opens. */}
      {problem && <ErrorSummary message={problem} />}
      {view.state === "rejected" && (
        <Alert title={t("page.rejected")}>
          <p className="mt-1">{view.errorText}</p>
          <p className="mt-2">
            <Link href="/moderation/imports">{t("page.uploadCorrected")}</Link>
          </p>
        </Alert>
      )}
      {view.state === "failed" && (
        <Alert title={t("page.failed")}>
          <p className="mt-1">{view.errorText}</p>
          <p className="mt-2">
            {t.rich("page.uploadAgain", { link: (chunks) => <Link href="/moderation/imports">{chunks}</Link> })}
          </p>
        </Alert>
      )}
      {view.state === "checked" && (
        <Section id="run" title={t("page.run")} size="panel" className="rounded-lg border border-slate-300 p-4 space-y-3">
          <RunForm action={runImportAction} id={view.id} mode={view.mode} organisation={view.organisation} skipDuplicates={view.skipDuplicates} ready={ready} duplicates={duplicates} />
        </Section>
      )}
      {view.state === "running" && (
        <ImportProgress
          id={view.id}
          processed={view.processedRows}
          total={view.totalRows}
          texts={{
            label: t("progress.label"),
            rows: t("progress.rows", { processed: "{processed}", total: "{total}" }),
            noScript: t.rich("progress.noScript", { link: (chunks) => <Link href={`/moderation/imports/${view.id}`}>{chunks}</Link> }),
          }}
        />
      )}
      {view.state === "done" && <ImportOutcome view={view} />}
      {view.state !== "rejected" && <Report view={view} showAll={firstParam(query.show) === "all"} />}
    </div>
  );
}
