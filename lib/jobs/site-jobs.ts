import "server-only";
import { alertsJob } from "@/lib/alerts/digests";
import { verificationRemindersJob } from "@/lib/verification/reminder-job";
import { maintenanceJob } from "./maintenance";
import type { JobDefinition } from "./runner";

/** Every scheduled job of the site, in the order a runner looks at them. */
export function siteJobs(): JobDefinition[] {
  return [alertsJob, maintenanceJob, verificationRemindersJob];
}
