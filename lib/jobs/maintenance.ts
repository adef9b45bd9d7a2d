import "server-only";
import { deleteExpiredTokens } from "@/lib/auth/tokens";
import { pruneMailOutbox } from "@/lib/mail/outbox";
import { pruneRateLimits } from "@/lib/rate-limit/postgres";
import { pruneDelivered } from "@/lib/search/outbox/worker";
import type { JobDefinition } from "./runner";

/** Deletes what is only kept for a while: delivered search changes, sent mail, used-up tokens and old rate-limit windows. */
export const maintenanceJob: JobDefinition = {
  name: "maintenance.prune",
  everySeconds: 60 * 60,
  async run() {
    const [searchChanges, mails, tokens, windows] = [await pruneDelivered(), await pruneMailOutbox(), await deleteExpiredTokens(), await pruneRateLimits()];
    return `Deleted ${searchChanges} delivered search changes, ${mails} old mails, ${tokens} expired tokens and ${windows} rate-limit windows.`;
  },
};
