import type { NextRequest } from "next/server";
import { parseSearchParams } from "@/lib/search/query";
import type { SearchQuery } from "@/lib/search/types";
import { apiError } from "./responses";

// What every endpoint that takes a search in its query string (search,
// entries, exports, feeds) checks first, answered the same way everywhere.

const MAX_QUERY_STRING = 4096;

/** 414 when the query string is longer than any real search needs, else null. */
export function queryStringTooLong(request: NextRequest): Response | null {
  if (request.nextUrl.search.length <= MAX_QUERY_STRING) return null;
  return apiError(414, "query_too_long", `The query string is longer than ${MAX_QUERY_STRING} characters.`);
}

/** The search the query string asks for, or the 414/400 answer to give instead. */
export function parseSearchRequest(request: NextRequest): { ok: true; query: SearchQuery } | { ok: false; response: Response } {
  const tooLong = queryStringTooLong(request);
  if (tooLong) return { ok: false, response: tooLong };
  const { query, problems } = parseSearchParams(request.nextUrl.searchParams);
  if (problems.length > 0) return { ok: false, response: apiError(400, "invalid_query", problems.join(" "), problems) };
  return { ok: true, query };
}
