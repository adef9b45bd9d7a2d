import type { RateLimitOptions } from "@/lib/rate-limit/postgres";

// How many messages the contact relay passes on, counted in PostgreSQL
// (lib/rate-limit) so that every server instance shares them. Per sender
// address: a person has no reason to write more often. Per client address:
// sized for a class writing from one school network. Per entry: what an
// organisation may receive at most, whoever writes.
export const CONTACT_LIMITS = {
  perSender: { limit: 3, windowSeconds: 3600 },
  perClient: { limit: 30, windowSeconds: 3600 },
  perEntry: { limit: 20, windowSeconds: 3600 },
} satisfies Record<string, RateLimitOptions>;

/** Minutes to wait, never "1 minutes": waiting a minute longer does no harm. */
export function minutesToWait(seconds: number): number {
  return Math.max(2, Math.ceil(seconds / 60));
}
