import { z } from "zod";

// Where and how often the jobs run. Read at each use, and once at start by
// lib/settings-check.ts so that a bad value stops the server with its message.
const jobsEnvSchema = z.object({
  JOBS_IN_SERVER: z.enum(["on", "off"], { error: "JOBS_IN_SERVER must be on (the default) or off (run `npm run jobs` instead)" }).default("on"),
  JOBS_POLL_SECONDS: z.coerce
    .number({ error: "JOBS_POLL_SECONDS must be a number of seconds" })
    .int({ error: "JOBS_POLL_SECONDS must be a whole number of seconds" })
    .min(1, { error: "JOBS_POLL_SECONDS must be between 1 and 3600" })
    .max(3600, { error: "JOBS_POLL_SECONDS must be between 1 and 3600" })
    .default(5),
});

export type JobsConfig = z.infer<typeof jobsEnvSchema>;

export function jobsConfig(): JobsConfig {
  return jobsEnvSchema.parse({
    JOBS_IN_SERVER: process.env.JOBS_IN_SERVER?.trim() || undefined,
    JOBS_POLL_SECONDS: process.env.JOBS_POLL_SECONDS?.trim() || undefined,
  });
}
