import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { organisationsByIds } from "@/lib/organisations/directory";
import { NewEntryForm } from "@/components/contributions/new-entry-form";
import { createEntryAction } from "../actions";
import { NoOrganisation } from "@/components/contributions/no-organisation";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("contributions.new");
  return { title: t("metaTitle"), robots: { index: false, follow: false } };
}

export default async function NewEntryPage() {
  const actor = await requireActor("/contributions/new");
  const [organisations, t] = await Promise.all([organisationsByIds(actor.organisationIds), getTranslations("contributions")]);
  return (
    <div className="space-y-6">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <Link href="/contributions">{t("list.title")}</Link>
      </nav>
      <h1 className="text-2xl font-bold">{t("new.title")}</h1>
      {organisations.length === 0 ? (
        <NoOrganisation />
      ) : (
        <>
          <p className="max-w-3xl text-slate-700">{t("new.intro")}</p>
          <NewEntryForm action={createEntryAction} organisations={organisations} />
        </>
      )}
    </div>
  );
}
