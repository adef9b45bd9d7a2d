import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDay } from "@/lib/format/dates";
import { formatNumber, formatPercent, formatShare } from "@/lib/format/numbers";

// Late in the evening UTC: a formatter in local time would show the next day east of London.
const AT = new Date("2026-12-03T23:05:00Z");

describe("dates", () => {
  it("writes the day in UTC, month in full", () => {
    expect(formatDate(AT)).toBe("3 December 2026");
  });

  it("writes date and time in UTC and says so", () => {
    expect(formatDateTime(AT)).toBe("3 Dec 2026, 23:05 UTC");
  });

  it("writes the short sortable day the same in every language", () => {
    expect(formatDay(AT)).toBe("2026-12-03");
  });

  it("takes another locale", () => {
    expect(formatDate(AT, "de")).toBe("3. Dezember 2026");
  });
});

describe("numbers", () => {
  it("groups thousands", () => {
    expect(formatNumber(0)).toBe("0");
    expect(formatNumber(12345)).toBe("12,345");
    expect(formatNumber(1234567, "de")).toBe("1.234.567");
  });

  it("gives each language its own digits for the same number, however often asked", () => {
    for (let i = 0; i < 3; i++) {
      expect(formatNumber(12345, "de")).toBe("12.345");
      expect(formatNumber(12345, "fr")).toBe("12\u202f345");
      expect(formatNumber(12345)).toBe("12,345");
    }
    expect(formatNumber(-1234)).toBe("-1,234");
    expect(formatNumber(1234.5)).toBe("1,234.5");
    expect([formatNumber(-0), formatNumber(0)]).toEqual(["0", "0"]);
  });

  it("rounds a percentage the same way whether or not it was formatted before", () => {
    for (let i = 0; i < 2; i++) {
      expect(formatPercent(2.5)).toBe("3%");
      expect(formatPercent(28.499999999999996)).toBe("28%");
      expect(formatPercent(2.5, "de")).toBe("3\u00a0%");
      expect(formatPercent(-0)).toBe("0%");
    }
  });

  it("rounds percentages half up, as Math.round did", () => {
    expect(formatPercent(45.6)).toBe("46%");
    expect(formatPercent(99.5)).toBe("100%");
    expect(formatPercent(0)).toBe("0%");
  });

  it("gives a share of a whole, never hiding a small one as 0%", () => {
    expect(formatShare(199, 200)).toBe("100%");
    expect(formatShare(1, 3)).toBe("33%");
    expect(formatShare(1, 1000)).toBe("<1%");
    expect(formatShare(0, 10)).toBe("0%");
    expect(formatShare(0, 0)).toBe("–");
  });
});
