import "server-only";
import type { NextRequest } from "next/server";
import type { SearchQuery } from "@/lib/search/types";
import { limitApiRequest } from "./rate-limit";
import { parseSearchRequest } from "./search-request";

/**
 * The GET handler of an API endpoint that answers a search (/search,
 * /entries): within the rate limit and with a sound query string, `answer`
 * responds; otherwise the 429, 414 or 400 every such endpoint gives.
 */
export function searchEndpoint(answer: (request: NextRequest, query: SearchQuery) => Promise<Response>): (request: NextRequest) => Promise<Response> {
  return async (request) => {
    const limited = await limitApiRequest(request);
    if (limited) return limited;
    const parsed = parseSearchRequest(request);
    return parsed.ok ? answer(request, parsed.query) : parsed.response;
  };
}
