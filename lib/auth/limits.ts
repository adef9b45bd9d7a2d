import "server-only";
import { consumeRateLimit, type RateLimitOptions } from "@/lib/rate-limit/postgres";

// How often each account flow may be used, per client address and per email
// address. Kept in PostgreSQL (lib/rate-limit), so they hold on every instance.
// Per address they are sized for a school, a ministry or a conference hall
// behind one NAT: sign-ins count only failures there, so any number of people
// who know their password get in. No limit ever refuses the right password
// because of failures on that email (NIST SP 800-63B): those slow further
// attempts down instead (failure-delay.ts) and are logged.

export const LIMITS = {
  signInFailuresPerIp: { limit: 100, windowSeconds: 900 },
  signUpPerIp: { limit: 200, windowSeconds: 3600 },
  signUpPerEmail: { limit: 3, windowSeconds: 3600 },
  resetPerIp: { limit: 100, windowSeconds: 3600 },
  resetPerEmail: { limit: 3, windowSeconds: 3600 },
  resendPerIp: { limit: 100, windowSeconds: 3600 },
  resendPerEmail: { limit: 3, windowSeconds: 3600 },
} satisfies Record<string, RateLimitOptions>;

/** The client's address as given by the proxy in front of us, or "unknown". */
export type RequestContext = { ip: string };

/**
 * Counts one attempt under each key; null when all allow it, or the seconds to
 * wait. Every key is counted even when an earlier one refuses, so that a flood
 * from one address is also charged to the email addresses it aims at.
 */
export async function consumeAll(checks: [key: string, options: RateLimitOptions][]): Promise<number | null> {
  const results = await Promise.all(checks.map(([key, options]) => consumeRateLimit(key, options)));
  const refused = results.filter((r) => !r.allowed);
  return refused.length === 0 ? null : Math.max(...refused.map((r) => r.retryAfterSeconds));
}

export function waitMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return `Too many attempts. Please wait ${minutes === 1 ? "a minute" : `${minutes} minutes`} and try again.`;
}
