import type { AlertFrequency } from "./schema";

const DAY_MS = 24 * 3600 * 1000;
const PERIOD_MS: Record<AlertFrequency, number> = { immediate: 0, daily: DAY_MS, weekly: 7 * DAY_MS };

/** When an alert is next looked at after `from`: at once for "immediate" (the job runs every minute, and when an entry is published). */
export function nextRunAfter(frequency: AlertFrequency, from: Date): Date {
  return new Date(from.getTime() + PERIOD_MS[frequency]);
}
