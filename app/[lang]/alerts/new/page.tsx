import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { describeAlertSearch, searchParts } from "@/lib/alerts/describe";
import { alertSearchSchema } from "@/lib/alerts/schema";
import { currentActor } from "@/lib/auth/session";
import { toURLSearchParams } from "@/lib/search/query";
import type { SearchParams } from "@/lib/http/search-params";
import { toLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { NewAlertForm } from "@/components/alerts/new-alert-form";
import { ErrorSummary } from "@/components/forms/error-summary";
import { newAlertAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alerts");
  return { title: t("newTitle"), robots: { index: false, follow: false } };
}

export default async function NewAlertPage({ searchParams }: { searchParams: SearchParams }) {
  const [params, actor, pageLocale, t, v] = await Promise.all([searchParams, currentActor(), getLocale(), getTranslations("alerts"), getTranslations("validation")]);
  const locale = toLocale(pageLocale);
  const parsed = alertSearchSchema.safeParse(toURLSearchParams(params).toString());
  const search = parsed.success ? parsed.data : "";
  const parts = parsed.success ? searchParts(search, locale) : [];
  const here = `/alerts/new${search ? `?${search}` : ""}`;
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <h1 className="text-2xl font-bold">{t("newTitle")}</h1>
      {parsed.success ? (
        <>
          <p className="text-slate-800 wrap-anywhere">
            {t("yourSearch")} <strong>{parts.length > 0 ? parts.join(" · ") : t("everything")}</strong>{" "}
            <Link href={`/search${search ? `?${search}` : ""}`} className="whitespace-nowrap">
              {t("backToSearch")}
            </Link>
          </p>
          <NewAlertForm action={newAlertAction} search={search} signedIn={actor !== null} defaultName={await describeAlertSearch(search, locale)} />
          {!actor && (
            <p className="text-sm text-slate-700">
              {t.rich("signInHint", {
                link: (chunks) => <Link href={`/auth/sign-in?callbackUrl=${encodeURIComponent(here)}`}>{chunks}</Link>,
              })}
            </p>
          )}
        </>
      ) : (
        <>
          <ErrorSummary message={v("alertSearch")} problems={[]} />
          <p>
            <Link href="/search">{t("backToSearch")}</Link>
          </p>
        </>
      )}
    </div>
  );
}
