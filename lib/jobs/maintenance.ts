import "server-only";
import { deleteExpiredTokens } from "@/lib/auth/tokens";
import { pruneContactLog } from "@/lib/contact/log";
import { pruneMailOutbox } from "@/lib/mail/outbox";
import { pruneRateLimits } from "@/lib/rate-limit/postgres";
import { pruneDelivered } from "@/lib/search/outbox/worker";
import type { JobDefinition } from "./runner";

/** Deletes what is only kept for a while: delivered search changes, sent mail, used-up tokens, old rate-limit windows and the contact log's old rows. */
export const maintenanceJob: JobDefinition = {
  name: "maintenance.prune",
  everySeconds: 60 * 60,
  async run() {
    const [searchChanges, mails, tokens, windows, contacts] = [
      await pruneDelivered(),
      await pruneMailOutbox(),
      await deleteExpiredTokens(),
      await pruneRateLimits(),
      await pruneContactLog(),
    ];
    return `Deleted ${searchChanges} delivered search changes, ${mails} old mails, ${tokens} expired tokens, ${windows} rate-limit windows and ${contacts} contact log rows.`;
  },
};
