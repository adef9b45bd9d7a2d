import { NextResponse } from "next/server";
import type { ApiArchivedEntry, ApiGone } from "./schemas";

// Any site may read the public API from a browser, errors included, along with
// the headers a client needs to cache, page, back off and name a download.
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After, X-Search-Engine, Link, Content-Disposition",
} as const;

// One error envelope for the whole JSON API: { error: { code, message, details? } };
// an archived entry's 410 adds what remains public of it (the Gone schema).
export function apiGone(archived: ApiArchivedEntry) {
  const body: ApiGone = { error: { code: "gone", message: "This entry was archived and is no longer public.", archived } };
  return NextResponse.json(body, { status: 410, headers: CORS_HEADERS });
}

export function apiError(status: number, code: string, message: string, details?: string[], headers: Record<string, string> = {}) {
  return NextResponse.json({ error: { code, message, ...(details ? { details } : {}) } }, { status, headers: { ...CORS_HEADERS, ...headers } });
}
