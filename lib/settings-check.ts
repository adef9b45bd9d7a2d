import { z } from "zod";
import { apiRateLimit } from "@/lib/api/rate-limit-setting";
import { jobsConfig } from "@/lib/jobs/config";
import { mailConfig } from "@/lib/mail/config";
import { oaiConfig } from "@/lib/oai/config";
import { searchCacheSize } from "@/lib/search/cache-size";
import { warmWordsCount } from "@/lib/search/warm-words-setting";

// Settings read at each use (so that scripts and tests may change them) are
// also read once at start: a bad value then stops the server with its
// message, instead of failing every request that reads it later.

const READERS: (() => unknown)[] = [mailConfig, oaiConfig, apiRateLimit, searchCacheSize, warmWordsCount, jobsConfig];

/** The message of every setting that is wrong, for the start-up check; empty when all are fine. */
export function configurationProblems(): string[] {
  // A setting read by two readers (MAIL_FROM for the OAI address) is named once.
  const problems = READERS.flatMap((read) => {
    try {
      read();
      return [];
    } catch (error) {
      if (error instanceof z.ZodError) return error.issues.map((issue) => issue.message);
      throw error;
    }
  });
  return [...new Set(problems)];
}
