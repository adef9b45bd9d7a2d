import { z } from "zod";

// The API's budget per client, apart from the counting (which needs the
// database) so that the start-up check can read it alone.

export const DEFAULT_API_RATE_LIMIT = 600;
const LIMIT_MESSAGE = "API_RATE_LIMIT_PER_MINUTE must be a whole number of at least 1";

const limitSchema = z.coerce
  .number({ error: LIMIT_MESSAGE })
  .int({ error: LIMIT_MESSAGE })
  .min(1, { error: LIMIT_MESSAGE })
  .default(DEFAULT_API_RATE_LIMIT);

/** Requests a minute per client, from API_RATE_LIMIT_PER_MINUTE (read each time, so tests may change it). */
export function apiRateLimit(): number {
  return limitSchema.parse(process.env.API_RATE_LIMIT_PER_MINUTE || undefined);
}
