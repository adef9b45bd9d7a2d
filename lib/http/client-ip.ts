// The client's address for rate limits. Behind a proxy it is the first entry
// of X-Forwarded-For; a client that forges that header only spreads its own
// attempts over more per-address counters, and the per-email limits still hold.

export function clientIp(header: (name: string) => string | null | undefined): string {
  const forwarded = header("x-forwarded-for")?.split(",")[0]?.trim();
  const ip = forwarded || header("x-real-ip")?.trim();
  return ip && ip.length <= 64 ? ip : "unknown";
}
