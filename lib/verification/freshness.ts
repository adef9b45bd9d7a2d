// How fresh an entry's "last verified" date is, in one place: the page, the
// moderators' list and (later) the reminder job read these thresholds.

/** After this many months the owning organisation is reminded (the reminder job is not built yet). */
export const REMIND_AFTER_MONTHS = 12;
/** After this many months (or never verified) the entry says so publicly and moderators see it in "Needs checking". */
export const FLAG_AFTER_MONTHS = 24;

export type Freshness = "current" | "due" | "stale";

/** The instant `months` calendar months before `now` (UTC); the 31st falls back to the month's last day. */
export function monthsBefore(now: Date, months: number): Date {
  const target = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  target.setUTCHours(now.getUTCHours(), now.getUTCMinutes(), now.getUTCSeconds(), now.getUTCMilliseconds());
  return target;
}

/** Verified at or before this instant (or never) counts as stale: "24 months or more ago". */
export function staleBefore(now: Date): Date {
  return monthsBefore(now, FLAG_AFTER_MONTHS);
}

/** current: under 12 months; due: 12 months or more; stale: 24 months or more, or never verified. */
export function freshness(lastVerifiedAt: Date | null, now: Date): Freshness {
  if (lastVerifiedAt === null || lastVerifiedAt <= staleBefore(now)) return "stale";
  if (lastVerifiedAt <= monthsBefore(now, REMIND_AFTER_MONTHS)) return "due";
  return "current";
}
