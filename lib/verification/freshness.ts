// How fresh an entry's "last verified" date is, in one place: the page, the
// moderators' list, the search's freshness facet and (later) the reminder job
// read these thresholds.

/** After this many months the owning organisation is reminded (the reminder job is not built yet). */
export const REMIND_AFTER_MONTHS = 12;
/** After this many months (or never verified) the entry says so publicly and moderators see it in "Needs checking". */
export const FLAG_AFTER_MONTHS = 24;

/** From fresh to stale: the values of the search's freshness facet, in this order. */
export const FRESHNESS_STATES = ["current", "due", "stale"] as const;
export type Freshness = (typeof FRESHNESS_STATES)[number];

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

/**
 * The two lines of `now`, in milliseconds since the epoch: verified at or
 * before `due` is due (12 months or more), at or before `stale` is stale.
 * Search compares many dates with them (and SQL and Meilisearch filters are
 * built from them), so they are computed once per search.
 */
export type FreshnessLines = { due: number; stale: number };

export function freshnessLines(now: Date): FreshnessLines {
  return { due: monthsBefore(now, REMIND_AFTER_MONTHS).getTime(), stale: staleBefore(now).getTime() };
}

/** The freshness of a date given in milliseconds since the epoch (null: never verified). */
export function freshnessAt(verifiedAt: number | null, lines: FreshnessLines): Freshness {
  if (verifiedAt === null || verifiedAt <= lines.stale) return "stale";
  return verifiedAt <= lines.due ? "due" : "current";
}

/** current: under 12 months; due: 12 months or more; stale: 24 months or more, or never verified. */
export function freshness(lastVerifiedAt: Date | null, now: Date): Freshness {
  return freshnessAt(lastVerifiedAt?.getTime() ?? null, freshnessLines(now));
}
