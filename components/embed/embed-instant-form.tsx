"use client";

import { InstantSearchForm } from "@/components/search/instant-search-form";
import { embedQueryString, parseEmbedParams } from "@/lib/embed/options";

/** The options go to the builder's tidy address at once, so the page need not redirect. */
function tidyEmbedFields(fields: URLSearchParams): URLSearchParams {
  const { options, problems } = parseEmbedParams(fields);
  return problems.length > 0 ? fields : new URLSearchParams(embedQueryString(options));
}

/** The builder's options form: the preview and code follow each change (typing after a pause). */
export function EmbedInstantForm({ className, labelledBy, children }: { className: string; labelledBy: string; children: React.ReactNode }) {
  return (
    <InstantSearchForm action="/embed" labelledBy={labelledBy} className={className} tidy={tidyEmbedFields}>
      {children}
    </InstantSearchForm>
  );
}
