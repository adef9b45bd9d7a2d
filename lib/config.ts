import { z } from "zod";

// Environment read once and validated, so a typo fails loudly at start.
const envSchema = z.object({
  DATABASE_URL: z.string().min(1, "DATABASE_URL is required (npm start sets it for the embedded database)"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
});

export type AppConfig = z.infer<typeof envSchema>;

let cached: AppConfig | undefined;

export function config(): AppConfig {
  cached ??= envSchema.parse(process.env);
  return cached;
}
