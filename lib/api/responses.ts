import { NextResponse } from "next/server";

// Any site may read the public API from a browser, errors included, along with
// the headers a client needs to cache, page, back off and name a download.
export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "ETag, Retry-After, X-Search-Engine, Link, Content-Disposition",
} as const;

// One error envelope for the whole JSON API: { error: { code, message, details? } }.
export function apiError(status: number, code: string, message: string, details?: string[], headers: Record<string, string> = {}) {
  return NextResponse.json({ error: { code, message, ...(details ? { details } : {}) } }, { status, headers: { ...CORS_HEADERS, ...headers } });
}
