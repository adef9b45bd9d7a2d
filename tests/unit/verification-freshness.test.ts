import { describe, expect, it } from "vitest";
import { generateSyntheticEntries } from "../../lib/catalogue/synthetic";
import { syntheticStamps } from "../../lib/catalogue/synthetic-dates";
import { FLAG_AFTER_MONTHS, REMIND_AFTER_MONTHS, freshness, monthsBefore, staleBefore } from "../../lib/verification/freshness";

// The 12- and 24-month thresholds of "last verified", in calendar months (UTC).

const now = new Date("2026-12-03T10:00:00Z");

describe("freshness of a last-verified date", () => {
  it("uses 12 months for reminders and 24 for the public flag", () => {
    expect([REMIND_AFTER_MONTHS, FLAG_AFTER_MONTHS]).toEqual([12, 24]);
  });

  it("counts calendar months back, keeping the time of day", () => {
    expect(monthsBefore(now, 24).toISOString()).toBe("2024-12-03T10:00:00.000Z");
    expect(monthsBefore(new Date("2026-01-15T00:00:00Z"), 1).toISOString()).toBe("2025-12-15T00:00:00.000Z");
  });

  it("falls back to the month's last day from the 31st", () => {
    expect(monthsBefore(new Date("2026-03-31T08:00:00Z"), 1).toISOString()).toBe("2026-02-28T08:00:00.000Z");
    expect(monthsBefore(new Date("2026-08-31T08:00:00Z"), 18).toISOString()).toBe("2025-02-28T08:00:00.000Z");
  });

  it("calls a date current under 12 months, due from 12, stale from 24 months or never", () => {
    expect(freshness(new Date("2026-12-02T10:00:00Z"), now)).toBe("current");
    expect(freshness(new Date("2025-12-03T10:00:01Z"), now)).toBe("current");
    expect(freshness(new Date("2025-12-03T10:00:00Z"), now)).toBe("due");
    expect(freshness(new Date("2024-12-03T10:00:01Z"), now)).toBe("due");
    expect(freshness(new Date("2024-12-03T10:00:00Z"), now)).toBe("stale");
    expect(freshness(new Date("2019-01-01T00:00:00Z"), now)).toBe("stale");
    expect(freshness(null, now)).toBe("stale");
  });

  it("draws the stale line exactly 24 months back", () => {
    expect(staleBefore(now).toISOString()).toBe("2024-12-03T10:00:00.000Z");
  });
});

describe("synthetic entries' dates", () => {
  const entries = generateSyntheticEntries(600);
  const stamps = entries.map(syntheticStamps(now));

  it("spread so that every state of freshness has entries, some never verified", () => {
    const counts = { current: 0, due: 0, stale: 0, never: 0 };
    for (const s of stamps) {
      counts[freshness(s.lastVerifiedAt, now)] += 1;
      if (s.lastVerifiedAt === null) counts.never += 1;
    }
    expect(counts.never).toBeGreaterThan(20);
    expect(counts.stale - counts.never).toBeGreaterThan(100);
    expect(counts.due).toBeGreaterThan(60);
    expect(counts.current).toBeGreaterThan(150);
  });

  it("are the same for the same entry, in the past, and changed before they were verified", () => {
    expect(entries.map(syntheticStamps(now))).toEqual(stamps);
    for (const s of stamps) {
      expect(s.updatedAt.getTime()).toBeLessThanOrEqual((s.lastVerifiedAt ?? now).getTime());
      if (s.lastVerifiedAt) expect(s.lastVerifiedAt.getTime()).toBeLessThanOrEqual(now.getTime());
    }
  });
});
