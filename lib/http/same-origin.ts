// Requests that change state must come from this site's own pages. Browsers
// send Origin with every POST; one that names another host is a forgery.
// (Next.js refuses such server actions too, but with a 500; we answer 403 first.)

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

export function isForeignStateChange(method: string, header: (name: string) => string | null): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = header("origin");
  // No Origin: not a browser form or fetch (those always send it on POST).
  if (origin === null) return false;
  const host = header("x-forwarded-host")?.split(",")[0]?.trim() || header("host");
  try {
    return origin === "null" || new URL(origin).host !== host;
  } catch {
    return true;
  }
}
