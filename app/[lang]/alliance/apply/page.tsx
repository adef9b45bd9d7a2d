import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { organisationsToApplyFor } from "@/lib/alliance/application-lists";
import { requireActor } from "@/lib/auth/session";
import { toLocale } from "@/lib/i18n/locales";
import { ApplicationForm } from "@/components/alliance/application-form";
import { applicationFormOptions } from "@/components/alliance/form-options";
import { applyAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alliance.apply");
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function ApplyPage() {
  await requireActor("/alliance/apply");
  const [t, pageLocale, organisations] = await Promise.all([getTranslations("alliance.apply"), getLocale(), organisationsToApplyFor()]);
  const locale = toLocale(pageLocale);
  const options = await applicationFormOptions(locale);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="max-w-2xl text-slate-700">{t("intro")}</p>
      <ApplicationForm action={applyAction} mode="join" organisations={organisations.map((o) => ({ value: o.id, label: o.name }))} {...options} />
    </div>
  );
}
