import "server-only";
import type { JobDefinition } from "@/lib/jobs/runner";
import { sendDueReminders } from "./reminders";

/** Daily: mails the members of each entry that reached 12 months since it was verified (lib/verification/reminders.ts). */
export const verificationRemindersJob: JobDefinition = {
  name: "verification.reminders",
  everySeconds: 24 * 3600,
  async run({ now, signal }) {
    const report = await sendDueReminders({ now, ...(signal ? { signal } : {}) });
    const reminded = report.entries - report.noOneToRemind;
    return `Reminded the members of ${reminded} entries (${report.mails} mails); ${report.noOneToRemind} due entries have no one to remind (listed in Needs checking); deleted ${report.prunedLinks} old links.`;
  },
};
