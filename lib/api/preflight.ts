import { CORS_HEADERS } from "./responses";

// Browsers send a preflight before a cross-origin GET that carries headers
// outside the CORS safelist, such as If-None-Match from a client revalidating
// its own cache. Next.js would answer OPTIONS by itself, but without the CORS
// headers the browser then refuses the real request.

export const PREFLIGHT_HEADERS = {
  ...CORS_HEADERS,
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "Accept, If-None-Match, If-Modified-Since, Cache-Control",
  "Access-Control-Max-Age": "86400",
  Allow: "GET, HEAD, OPTIONS",
} as const;

export function OPTIONS(): Response {
  return new Response(null, { status: 204, headers: PREFLIGHT_HEADERS });
}
