import { z } from "zod";

// Meilisearch is optional: MEILI_URL turns it on. It then needs either the
// master key, or a search key for reads with an admin key for writes (so
// searches never carry a key that can change the index); never a mixture,
// which would leave unclear which key does what.

const blankAsMissing = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optionalKey = z.preprocess(blankAsMissing, z.string().min(1).optional());

const envSchema = z
  .object({
    MEILI_URL: z.preprocess(blankAsMissing, z.url({ protocol: /^https?$/ }).optional()),
    MEILI_MASTER_KEY: optionalKey,
    MEILI_SEARCH_KEY: optionalKey,
    MEILI_ADMIN_KEY: optionalKey,
    MEILI_INDEX: z.preprocess(
      blankAsMissing,
      z
        .string()
        .regex(/^[A-Za-z0-9_-]{1,200}$/, "MEILI_INDEX may hold only letters, digits, - and _")
        .default("entries"),
    ),
    MEILI_TIMEOUT_MS: z.preprocess(blankAsMissing, z.coerce.number().int().min(100).max(120_000).default(2000)),
  })
  .superRefine((env, ctx) => {
    if (!env.MEILI_URL) return;
    const pair = env.MEILI_SEARCH_KEY !== undefined || env.MEILI_ADMIN_KEY !== undefined;
    if (!env.MEILI_MASTER_KEY && !pair) {
      ctx.addIssue({ code: "custom", message: "MEILI_URL needs MEILI_MASTER_KEY, or MEILI_SEARCH_KEY with MEILI_ADMIN_KEY" });
    } else if (env.MEILI_MASTER_KEY && pair) {
      ctx.addIssue({ code: "custom", message: "set MEILI_MASTER_KEY or MEILI_SEARCH_KEY with MEILI_ADMIN_KEY, not both" });
    } else if (pair && !(env.MEILI_SEARCH_KEY && env.MEILI_ADMIN_KEY)) {
      ctx.addIssue({ code: "custom", message: "MEILI_SEARCH_KEY and MEILI_ADMIN_KEY must be set together" });
    }
  });

export type MeiliConfig = {
  url: string;
  /** Key for searches and health checks. */
  searchKey: string;
  /** Key for documents, settings and index management. */
  adminKey: string;
  index: string;
  timeoutMs: number;
};

export class MeiliConfigError extends Error {
  override name = "MeiliConfigError";
}

/** The Meilisearch settings of this environment, or null when MEILI_URL is unset. */
export function meiliConfig(env: Record<string, string | undefined> = process.env): MeiliConfig | null {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join(".") || "MEILI_*"}: ${i.message}`).join("; ");
    throw new MeiliConfigError(`Invalid Meilisearch configuration: ${detail}`);
  }
  const e = parsed.data;
  if (!e.MEILI_URL) return null;
  const searchKey = e.MEILI_SEARCH_KEY ?? e.MEILI_MASTER_KEY;
  const adminKey = e.MEILI_ADMIN_KEY ?? e.MEILI_MASTER_KEY;
  // superRefine guarantees both; this narrows without a cast.
  if (!searchKey || !adminKey) throw new MeiliConfigError("Invalid Meilisearch configuration: missing key");
  return {
    url: e.MEILI_URL,
    searchKey,
    adminKey,
    index: e.MEILI_INDEX,
    timeoutMs: e.MEILI_TIMEOUT_MS,
  };
}
