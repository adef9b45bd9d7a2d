import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { ownMemberOrganisations } from "@/lib/alliance/application-lists";
import { requireActor } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { ApplicationForm } from "@/components/alliance/application-form";
import { applicationFormOptions } from "@/components/alliance/form-options";
import { EmptyState } from "@/components/ui/empty-state";
import { profileChangeAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alliance.profileChange");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function ProfileChangePage() {
  const actor = await requireActor("/alliance/profile");
  const [t, ta, pageLocale, organisations] = await Promise.all([getTranslations("alliance.profileChange"), getTranslations("alliance"), getLocale(), ownMemberOrganisations(actor)]);
  const locale = toLocale(pageLocale);
  const options = await applicationFormOptions(locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {organisations.length === 0 ? (
        <EmptyState title={ta("join.heading")} message={t("none")}>
          <p className="mt-3">
            <Link href="/alliance/apply">{ta("join.apply")}</Link>
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="max-w-2xl text-slate-700">{t("intro")}</p>
          <ApplicationForm action={profileChangeAction} mode="profile" organisations={organisations.map((o) => ({ value: o.id, label: o.name }))} {...options} />
        </>
      )}
    </div>
  );
}
