import type { Metadata } from "next";
import NextLink from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { localisedPath } from "@/lib/i18n/locales";
import { absoluteUrl } from "@/lib/site-url";

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations("about"), getLocale()]);
  return {
    title: t("title"),
    description: t("description"),
    alternates: { canonical: absoluteUrl(localisedPath(locale, "/about")) },
  };
}

const code = (chunks: ReactNode) => <code className="rounded bg-slate-100 px-1">{chunks}</code>;

export default async function AboutPage() {
  const t = await getTranslations("about");
  const audiences = ["teachers", "policy", "teams", "researchers"] as const;
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{t("heading")}</h1>
      {/* The project keeps its English name in every language. */}
      <p>{t.rich("intro", { em: (chunks) => <em lang="en">{chunks}</em> })}</p>
      <h2 className="pt-4 text-xl font-semibold">{t("forWhom")}</h2>
      <ul className="list-disc space-y-1 pl-5">
        {audiences.map((a) => (
          <li key={a}>{t(`audiences.${a}`)}</li>
        ))}
      </ul>
      <h2 className="pt-4 text-xl font-semibold">{t("describedHeading")}</h2>
      <p>{t("described")}</p>
      <p>{t.rich("evidence", { rubric: (chunks) => <Link href="/about/evidence">{chunks}</Link> })}</p>
      <h2 className="pt-4 text-xl font-semibold">{t("reuseHeading")}</h2>
      <p>
        {t.rich("reuse", {
          // The API is no page: its address has no language.
          api: (chunks) => (
            <NextLink href="/api/v1/search" prefetch={false}>
              {chunks}
            </NextLink>
          ),
          search: (chunks) => <Link href="/search">{chunks}</Link>,
          docs: (chunks) => <Link href="/api-docs">{chunks}</Link>,
          example: () => code("/api/v1/search?country=RO&level=primary"),
          oai: () => code("/oai"),
        })}
      </p>
      <p>
        {t.rich("embed", {
          embed: (chunks) => <Link href="/embed">{chunks}</Link>,
          statistics: (chunks) => <Link href="/statistics">{chunks}</Link>,
        })}
      </p>
    </div>
  );
}
