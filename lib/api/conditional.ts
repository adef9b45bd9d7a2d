import "server-only";
import { createHash } from "node:crypto";
import { CORS_HEADERS } from "./responses";

// GET answers of the JSON API: a strong ETag from the exact bytes sent, a short
// public cache lifetime, CORS, and 304 Not Modified when the client already
// holds this representation. The body is still computed; what a 304 saves is
// the transfer and the client's parsing.

export const API_CACHE_CONTROL = "public, max-age=60";

export function entityTag(body: string): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** The opaque part of an entity tag, so that W/"x" and "x" compare equal (weak comparison, RFC 9110 8.8.3.2). */
function opaqueTag(tag: string): string {
  return tag.trim().replace(/^W\//, "");
}

/** Whether an If-None-Match header names this ETag (or is "*"). */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  const wanted = opaqueTag(etag);
  return header.split(",").some((candidate) => {
    const tag = candidate.trim();
    return tag === "*" || (tag !== "" && opaqueTag(tag) === wanted);
  });
}

/** Whole seconds: HTTP dates carry no fractions, so a stamp with milliseconds would always look newer. */
const toSecond = (date: Date) => Math.floor(date.getTime() / 1000) * 1000;

/**
 * Whether the client's copy is still current (RFC 9110 13.2.2): If-None-Match
 * decides when it is sent; otherwise If-Modified-Since, against Last-Modified.
 */
export function isNotModified(request: Request, etag: string, lastModified?: Date): boolean {
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch !== null) return matchesIfNoneMatch(ifNoneMatch, etag);
  const since = Date.parse(request.headers.get("if-modified-since") ?? "");
  return lastModified !== undefined && !Number.isNaN(since) && toSecond(lastModified) <= since;
}

export function conditionalJson(request: Request, body: unknown, headers: Record<string, string> = {}): Response {
  const text = JSON.stringify(body);
  const etag = entityTag(text);
  const common = { ...CORS_HEADERS, "Cache-Control": API_CACHE_CONTROL, ETag: etag, ...headers };
  if (isNotModified(request, etag)) {
    return new Response(null, { status: 304, headers: common });
  }
  return new Response(text, { status: 200, headers: { ...common, "Content-Type": "application/json" } });
}
