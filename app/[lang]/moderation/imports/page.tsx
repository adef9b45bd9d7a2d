import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { currentActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { listImports } from "@/lib/imports/views";
import { listOrganisations } from "@/lib/organisations/memberships";
import { ImportList } from "@/components/imports/import-list";
import { ModerationBreadcrumb } from "@/components/moderation/moderation-breadcrumb";
import { isUploadProblem, UPLOAD_FIELDS, type UploadValues } from "@/lib/imports/upload-state";
import { UploadForm } from "@/components/imports/upload-form";
import { Section } from "@/components/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports.page");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** The fields the upload refused, named in the query string; anything else there is ignored. */
function problemsOf(value: string | string[] | undefined) {
  const listed = (Array.isArray(value) ? value : [value ?? ""]).flatMap((v) => v.split(","));
  return [...new Set(listed.filter(isUploadProblem))];
}

export default async function ImportsPage({ searchParams }: { searchParams: SearchParams }) {
  const imports = await listImports(await currentActor());
  if (!imports) notFound();
  const [params, t] = await Promise.all([searchParams, getTranslations("imports.page")]);
  const problems = problemsOf(params.invalid);
  // What the form held when it was refused (the upload route sends it back).
  const values: UploadValues = Object.fromEntries([...UPLOAD_FIELDS, "skipDuplicates"].flatMap((name) => {
    const value = firstParam(params[name]);
    return value === undefined ? [] : [[name, value]];
  }));
  return (
    <div className="space-y-8">
      <div>
        <ModerationBreadcrumb current={t("breadcrumb")} />
        <h1 className="mt-3 text-2xl font-bold">{t("title")}</h1>
        <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      <Section id="upload" title={t("check")} size="panel" className="rounded-lg border border-slate-300 p-4 space-y-3">
        <UploadForm organisations={await listOrganisations()} problems={problems} values={values} />
      </Section>
      <Section id="past" title={t("past")} size="panel" className="space-y-3">
        <ImportList imports={imports} />
      </Section>
    </div>
  );
}
