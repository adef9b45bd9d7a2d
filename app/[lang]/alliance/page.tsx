import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { listAllianceMembers } from "@/lib/alliance/directory";
import { directoryQuerySchema, type DirectoryQuery } from "@/lib/alliance/directory-query";
import { ALLIANCE_TYPES } from "@/lib/alliance/vocabulary";
import { COUNTRIES } from "@/lib/catalogue/vocabularies";
import { sortByLabel } from "@/lib/format/lists";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { localisedPath, toLocale } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site-url";
import { Link } from "@/lib/i18n/navigation";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { CountryCounts } from "@/components/alliance/country-counts";
import { DirectoryFilters } from "@/components/alliance/directory-filters";
import { MemberCard } from "@/components/alliance/member-card";
import { EmptyState } from "@/components/ui/empty-state";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations("alliance"), getLocale()]);
  // A filtered directory names the whole one as canonical: one page for search engines to list.
  return {
    title: t("title"),
    description: t("intro"),
    alternates: { canonical: absoluteUrl(localisedPath(toLocale(locale), "/alliance")) },
  };
}

/** Filters from the address; an unknown value is ignored rather than refused, as the search's facets are. */
function queryOf(params: Record<string, string | string[] | undefined>): DirectoryQuery {
  const country = directoryQuerySchema.shape.country.safeParse(firstParam(params.country));
  const type = directoryQuerySchema.shape.type.safeParse(firstParam(params.type));
  return { country: country.success ? country.data : undefined, type: type.success ? type.data : undefined };
}

export default async function AlliancePage({ searchParams }: { searchParams: SearchParams }) {
  const [params, t, pageLocale] = await Promise.all([searchParams, getTranslations("alliance"), getLocale()]);
  const locale = toLocale(pageLocale);
  const query = queryOf(params);
  const directory = await listAllianceMembers(query);
  const countryLabel = (code: string) => vocabularyLabel("country", code, locale);
  const countries = sortByLabel(COUNTRIES.map((c) => ({ value: c.value, label: countryLabel(c.value) })), (c) => c.label, locale);
  const types = ALLIANCE_TYPES.map((value) => ({ value, label: t(`types.${value}`) }));
  const filtered = query.country !== undefined || query.type !== undefined;
  const downloadHref = (format: string) => {
    const download = new URLSearchParams({ format });
    if (query.country) download.set("country", query.country);
    if (query.type) download.set("type", query.type);
    return `/api/v1/alliance?${download.toString()}`;
  };
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p className="text-lg text-slate-700">{t("intro")}</p>
      </header>
      <section aria-labelledby="alliance-join-heading" className="max-w-3xl rounded-lg bg-slate-50 p-4">
        <h2 id="alliance-join-heading" className="text-lg font-semibold">
          {t("join.heading")}
        </h2>
        <p className="mt-1">{t("join.text")}</p>
        <ul className="mt-2 flex flex-wrap gap-x-5 gap-y-1">
          <li>
            <Link href="/alliance/apply" className="font-semibold">
              {t("join.apply")}
            </Link>
          </li>
          <li>
            <Link href="/alliance/applications">{t("join.applications")}</Link>
          </li>
          <li>
            <Link href="/alliance/profile">{t("join.profile")}</Link>
          </li>
        </ul>
      </section>
      <CountryCounts counts={directory.byCountry.map((c) => ({ ...c, label: countryLabel(c.value) }))} label={(count) => t("counts.total", { count })} />
      <DirectoryFilters query={query} countries={countries} types={types} />
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <p role="status" className="font-semibold">
          {filtered ? t("counts.shown", { shown: directory.members.length, total: directory.total }) : t("counts.total", { count: directory.total })}
        </p>
        <p className="text-sm">
          {t("downloads.heading")}: <a href={downloadHref("csv")}>{t("downloads.csv")}</a> · <a href={downloadHref("json")}>{t("downloads.json")}</a>
        </p>
      </div>
      {directory.members.length === 0 ? (
        <EmptyState title={t("empty.title")} message={t("empty.message")}>
          <p className="mt-3">
            <Link href="/alliance" className="font-semibold">
              {t("filters.clear")}
            </Link>
          </p>
        </EmptyState>
      ) : (
        <section aria-label={t("title")} className="grid gap-4 md:grid-cols-2">
          {directory.members.map((member) => (
            <MemberCard key={member.slug} member={member} />
          ))}
        </section>
      )}
    </div>
  );
}
