import "server-only";
import type { NextRequest } from "next/server";
import { queryStringTooLong } from "@/lib/api/search-request";
import { loadEmbedList } from "./list";
import { parseEmbedParams } from "./options";
import { EMBED_STYLE_HASH, renderEmbedList, renderEmbedProblems } from "./page";

// Any site may frame the list (frame-ancestors *), but the page itself may load
// nothing and run nothing. The route never reads or sets a cookie.
const HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Content-Security-Policy": `default-src 'none'; style-src '${EMBED_STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors *`,
  "Cross-Origin-Resource-Policy": "cross-origin",
} as const;

export async function embedListResponse(request: NextRequest): Promise<Response> {
  if (queryStringTooLong(request)) {
    return new Response(renderEmbedProblems(["The address of this list is too long."]), { status: 414, headers: HEADERS });
  }
  const { options, problems } = parseEmbedParams(request.nextUrl.searchParams);
  if (problems.length > 0) return new Response(renderEmbedProblems(problems), { status: 400, headers: HEADERS });
  const html = renderEmbedList(await loadEmbedList(options));
  // Live, but a page with the list on it should not ask us on every view.
  return new Response(html, { headers: { ...HEADERS, "Cache-Control": "public, max-age=300" } });
}
