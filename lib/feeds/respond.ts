import "server-only";
import type { NextRequest } from "next/server";
import { apiError } from "@/lib/api/responses";
import { parseSearchParams } from "@/lib/search/query";
import { buildFeed, type FeedFormat } from "./build-feed";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

const MAX_QUERY_STRING = 4096;

/** GET /feeds/rss and /feeds/atom: the query string is a search's; bad parameters get a 400. */
export async function feedResponse(request: NextRequest, format: FeedFormat): Promise<Response> {
  if (request.nextUrl.search.length > MAX_QUERY_STRING) {
    return apiError(414, "query_too_long", `The query string is longer than ${MAX_QUERY_STRING} characters.`);
  }
  const { query, problems } = parseSearchParams(request.nextUrl.searchParams);
  if (problems.length > 0) return apiError(400, "invalid_query", problems.join(" "), problems);
  const xml = await buildFeed({ q: query.q, filters: query.filters }, format);
  return new Response(xml, { headers: { "Content-Type": CONTENT_TYPES[format], "Cache-Control": "public, max-age=300" } });
}
