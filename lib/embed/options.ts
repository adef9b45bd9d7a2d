import { z } from "zod";
import { feedTitle } from "@/lib/feeds/title";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { parseSearchParams, searchQueryString } from "@/lib/search/query";
import { normaliseQueryText } from "@/lib/search/text";
import type { SearchQuery } from "@/lib/search/types";

// What an embedded list shows: a search (the same query string as /search),
// how many entries, an optional heading of the embedder's choosing, and the
// language of the list's own words and links (English unless asked).

export const EMBED_DEFAULT_LIMIT = 5;
export const EMBED_MAX_LIMIT = 20;
export const EMBED_MAX_HEADING = 80;

export type EmbedOptions = { query: SearchQuery; limit: number; heading: string | null; lang: Locale };

const limitSchema = z.coerce
  .number({ error: "limit must be a whole number." })
  .int({ error: "limit must be a whole number." })
  .min(1, { error: `limit must be between 1 and ${EMBED_MAX_LIMIT}.` })
  .max(EMBED_MAX_LIMIT, { error: `limit must be between 1 and ${EMBED_MAX_LIMIT}.` });

const headingSchema = z
  .string()
  .transform(normaliseQueryText)
  .refine((h) => h.length <= EMBED_MAX_HEADING, { error: `The heading may have at most ${EMBED_MAX_HEADING} characters.` });

const langSchema = z.enum(LOCALES, { error: `lang must be one of ${LOCALES.join(", ")}.` });

/** Options from a query string; problems are listed, never guessed around. */
export function parseEmbedParams(params: URLSearchParams): { options: EmbedOptions; problems: string[] } {
  const { query, problems } = parseSearchParams(params);
  const rawLimit = params.get("limit");
  const limit = rawLimit === null || rawLimit.trim() === "" ? { success: true as const, data: EMBED_DEFAULT_LIMIT } : limitSchema.safeParse(rawLimit);
  const heading = headingSchema.safeParse(params.get("heading") ?? "");
  const rawLang = params.get("lang");
  const lang = rawLang === null || rawLang.trim() === "" ? { success: true as const, data: DEFAULT_LOCALE } : langSchema.safeParse(rawLang.trim());
  if (!limit.success) problems.push(limit.error.issues[0]?.message ?? "limit is not valid.");
  if (!heading.success) problems.push(heading.error.issues[0]?.message ?? "The heading is not valid.");
  if (!lang.success) problems.push(lang.error.issues[0]?.message ?? "lang is not valid.");
  const size = limit.success ? limit.data : EMBED_DEFAULT_LIMIT;
  return {
    options: { query: { ...query, page: 1, pageSize: size }, limit: size, heading: heading.success && heading.data ? heading.data : null, lang: lang.success ? lang.data : DEFAULT_LOCALE },
    problems,
  };
}

/** The heading shown: the embedder's own, else the search described in English words (lib/embed/heading.ts: in the list's language). */
export function embedHeading(options: EmbedOptions): string {
  return options.heading ?? feedTitle({ q: options.query.q, filters: options.query.filters });
}

/** The list's own query string, canonical: what the snippet points at. */
export function embedQueryString(options: EmbedOptions): string {
  const search = searchQueryString({ q: options.query.q, filters: options.query.filters, sort: options.query.sort });
  const params = new URLSearchParams(search);
  if (options.limit !== EMBED_DEFAULT_LIMIT) params.set("limit", String(options.limit));
  if (options.heading) params.set("heading", options.heading);
  if (options.lang !== DEFAULT_LOCALE) params.set("lang", options.lang);
  const s = params.toString();
  return s ? `?${s}` : "";
}
