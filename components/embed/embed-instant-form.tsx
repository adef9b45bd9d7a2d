"use client";

import { useLocale } from "next-intl";
import { InstantSearchForm } from "@/components/search/instant-search-form";
import { embedQueryString, parseEmbedParams } from "@/lib/embed/options";
import { localisedPath } from "@/lib/i18n/locales";

/** The options go to the builder's tidy address at once, so the page need not redirect. */
function tidyEmbedFields(fields: URLSearchParams): URLSearchParams {
  const { options, problems } = parseEmbedParams(fields);
  return problems.length > 0 ? fields : new URLSearchParams(embedQueryString(options));
}

/** The builder's options form: the preview and code follow each change (typing after a pause). */
export function EmbedInstantForm({ className, labelledBy, children }: { className: string; labelledBy: string; children: React.ReactNode }) {
  const locale = useLocale();
  return (
    <InstantSearchForm action={localisedPath(locale, "/embed")} labelledBy={labelledBy} className={className} tidy={tidyEmbedFields}>
      {children}
    </InstantSearchForm>
  );
}
