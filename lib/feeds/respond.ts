import "server-only";
import type { NextRequest } from "next/server";
import { parseSearchRequest } from "@/lib/api/search-request";
import { buildFeed, type FeedFormat } from "./build-feed";

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
};

/** GET /feeds/rss and /feeds/atom: the query string is a search's; bad parameters get a 400. */
export async function feedResponse(request: NextRequest, format: FeedFormat): Promise<Response> {
  const parsed = parseSearchRequest(request);
  if (!parsed.ok) return parsed.response;
  const { query } = parsed;
  const xml = await buildFeed({ q: query.q, filters: query.filters }, format);
  return new Response(xml, { headers: { "Content-Type": CONTENT_TYPES[format], "Cache-Control": "public, max-age=300" } });
}
