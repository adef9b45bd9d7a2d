import "server-only";
import { z } from "zod";
import { clientIp } from "@/lib/http/client-ip";
import { consumeRateLimit } from "@/lib/rate-limit/postgres";
import { apiError } from "./responses";

// One budget of requests a minute per client address for the whole /api/v1,
// counted in PostgreSQL so that every server instance shares it: one upsert
// per request. The client address is the socket's peer, or behind proxies
// named in TRUSTED_PROXIES the right-most address they did not add
// (lib/http/client-ip.ts), so a made-up X-Forwarded-For opens no new budget.

export const DEFAULT_API_RATE_LIMIT = 600;
const WINDOW_SECONDS = 60;

const limitSchema = z.coerce
  .number({ error: "API_RATE_LIMIT_PER_MINUTE must be a whole number of at least 1" })
  .int()
  .min(1)
  .default(DEFAULT_API_RATE_LIMIT);

/** Requests a minute per client, from API_RATE_LIMIT_PER_MINUTE (read each time, so tests may change it). */
export function apiRateLimit(): number {
  return limitSchema.parse(process.env.API_RATE_LIMIT_PER_MINUTE || undefined);
}

/** Counts this request against its client's budget; a 429 answer when it is spent, else null. */
export async function limitApiRequest(request: Request): Promise<Response | null> {
  const limit = apiRateLimit();
  const ip = clientIp((name) => request.headers.get(name));
  const outcome = await consumeRateLimit(`api:${ip}`, { limit, windowSeconds: WINDOW_SECONDS });
  if (outcome.allowed) return null;
  const seconds = outcome.retryAfterSeconds;
  return apiError(
    429,
    "rate_limited",
    `Too many requests: at most ${limit} a minute per client. Try again in ${seconds} second${seconds === 1 ? "" : "s"}.`,
    undefined,
    { "Retry-After": String(seconds), "Cache-Control": "no-store" },
  );
}
