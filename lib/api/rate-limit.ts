import "server-only";
import { clientIp } from "@/lib/http/client-ip";
import { consumeRateLimit } from "@/lib/rate-limit/postgres";
import { apiRateLimit } from "./rate-limit-setting";
import { apiError } from "./responses";

// One budget of requests a minute per client address for the whole /api/v1,
// counted in PostgreSQL so that every server instance shares it: one upsert
// per request. The client address is the socket's peer, or behind proxies
// named in TRUSTED_PROXIES the right-most address they did not add
// (lib/http/client-ip.ts), so a made-up X-Forwarded-For opens no new budget.

const WINDOW_SECONDS = 60;

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
