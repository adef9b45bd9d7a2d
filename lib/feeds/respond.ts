import "server-only";
import type { NextRequest } from "next/server";
import { z } from "zod";
import { entityTag, isNotModified } from "@/lib/api/conditional";
import { apiError } from "@/lib/api/responses";
import { parseSearchRequest } from "@/lib/api/search-request";
import { lastCatalogueChange } from "@/lib/catalogue/entry-dates";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/locales";
import { buildFeed, type FeedFormat } from "./build-feed";

// ?lang=de: titles, descriptions, categories and links in that interface language.
const langSchema = z.enum(LOCALES, { error: `Unknown lang: use one of ${LOCALES.join(", ")}.` }).default(DEFAULT_LOCALE);

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

/**
 * GET /feeds/rss and /feeds/atom: the query string is a search's; bad
 * parameters get a 400. A reader polling with If-None-Match or
 * If-Modified-Since gets 304 while nothing changed. lang chooses the
 * interface language (English by default).
 */
export async function feedResponse(request: NextRequest, format: FeedFormat): Promise<Response> {
  const parsed = parseSearchRequest(request);
  if (!parsed.ok) return parsed.response;
  const { query } = parsed;
  const lang = langSchema.safeParse(request.nextUrl.searchParams.get("lang") ?? undefined);
  if (!lang.success) return apiError(400, "invalid_query", lang.error.issues[0]?.message ?? "Unknown lang.");
  // Which entries have an evidence level or a freshness changes without their content changing
  // (an assessment, a confirmation, the clock): such feeds are compared by ETag alone.
  const dated = query.filters.evidence.length === 0 && query.filters.freshness.length === 0;
  const [xml, changed] = await Promise.all([buildFeed({ q: query.q, filters: query.filters }, format, lang.data), dated ? lastCatalogueChange() : null]);
  const etag = entityTag(xml);
  const headers: Record<string, string> = { "Cache-Control": "public, max-age=300", ETag: etag };
  if (changed) headers["Last-Modified"] = changed.toUTCString();
  if (isNotModified(request, etag, changed ?? undefined)) return new Response(null, { status: 304, headers });
  return new Response(xml, { headers: { ...headers, "Content-Type": CONTENT_TYPES[format] } });
}
