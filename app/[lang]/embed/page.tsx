import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { redirect } from "next/navigation";
import { EMBED_SANDBOX, embedFrame, embedSnippet } from "@/lib/embed/snippet";
import { localisedEmbedHeading } from "@/lib/embed/heading";
import { loadEmbedList } from "@/lib/embed/list";
import { embedQueryString, parseEmbedParams } from "@/lib/embed/options";
import type { SearchParams } from "@/lib/http/search-params";
import { localisedPath } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { searchPath, toURLSearchParams } from "@/lib/search/query";
import { tidyAddress } from "@/lib/http/tidy-address";
import { absoluteUrl } from "@/lib/site-url";
import { EmbedOptionsForm } from "@/components/embed/embed-options-form";
import { SnippetBox } from "@/components/embed/snippet-box";
import { ParameterProblems } from "@/components/search/parameter-problems";
import { Section } from "@/components/ui/section";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const [t, locale] = await Promise.all([getTranslations("embed"), getLocale()]);
  return {
    title: t("title"),
    description: t("description"),
    alternates: { canonical: absoluteUrl(localisedPath(locale, "/embed")) },
  };
}

export default async function EmbedPage({ searchParams }: { searchParams: SearchParams }) {
  const params = toURLSearchParams(await searchParams);
  const { options, problems } = parseEmbedParams(params);
  const [t, locale] = await Promise.all([getTranslations("embed"), getLocale()]);
  const tidy = problems.length === 0 ? tidyAddress("/embed", params, embedQueryString(options)) : null;
  if (tidy) redirect(localisedPath(locale, tidy));
  // The frame fits the list as it is now: as many entries as match, up to the limit.
  const [shown, heading] = await Promise.all([problems.length === 0 ? loadEmbedList(options).then((list) => list.items.length) : options.limit, localisedEmbedHeading(options)]);
  const frame = embedFrame(options, shown, heading);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <p className="mt-3 max-w-3xl text-slate-700">{t("intro")}</p>
      </div>
      <ParameterProblems problems={problems} />
      <div className="grid gap-8 lg:grid-cols-[20rem_1fr]">
        <EmbedOptionsForm options={options} />
        <div className="space-y-6">
          <Section id="embed-preview" title={t("preview")} size="panel">
            <iframe
              src={frame.src}
              title={frame.title}
              width="100%"
              height={frame.height}
              loading="lazy"
              sandbox={EMBED_SANDBOX}
              className="mt-2 max-w-3xl rounded-md border border-slate-300"
            />
          </Section>
          <Section id="embed-code" title={t("code")} size="panel" className="max-w-3xl space-y-2">
            <SnippetBox
              snippet={embedSnippet(frame)}
              texts={{ label: t("snippet.label"), copy: t("snippet.copy"), copied: t("snippet.copied"), copyRefused: t("snippet.copyRefused") }}
            />
            <p className="text-sm text-slate-700">
              {t.rich("fullSearch", {
                link: (chunks) => <Link href={searchPath({ q: options.query.q, filters: options.query.filters, sort: options.query.sort })}>{chunks}</Link>,
              })}
            </p>
          </Section>
        </div>
      </div>
    </div>
  );
}
