import { statusLabel } from "./vocabularies";

// How an entry's years and status read together. "Since 2023" promises that
// something still runs, so it is only said of what is ongoing; a missing year
// is never filled in by wording that implies one.

export type PeriodFacts = { yearStart?: number | null; yearEnd?: number | null; status?: string | null };

function yearsOf({ yearStart, yearEnd, status }: PeriodFacts): string | null {
  if (yearStart && yearEnd) return yearStart === yearEnd ? `${yearStart}` : `${yearStart}–${yearEnd}`;
  if (yearStart) {
    if (status === "ongoing") return `Since ${yearStart}`;
    if (status === "planned") return `Starting in ${yearStart}`;
    return `Started in ${yearStart}`;
  }
  if (yearEnd) return status === "completed" ? `Ended in ${yearEnd}` : `Until ${yearEnd}`;
  return null;
}

/** The "Period" fact of an entry, or null when neither years nor status are known. */
export function describePeriod(facts: PeriodFacts): string | null {
  const parts = [yearsOf(facts), facts.status ? statusLabel(facts.status) : null].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? parts.join(" · ") : null;
}
