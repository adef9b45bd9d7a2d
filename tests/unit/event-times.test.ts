import { describe, expect, it } from "vitest";
import { formatEventDay, formatEventTimes } from "@/lib/format/event-times";

// Formatters are kept per language and zone: each event must still read on its own clock.
describe("event times", () => {
  const start = new Date("2027-03-12T07:30:00Z");
  const end = new Date("2027-03-12T15:00:00Z");

  it("tells the time on the event's own clock, whichever zone was formatted before", () => {
    const sofia = formatEventTimes(start, end, "Europe/Sofia", "en");
    const lisbon = formatEventTimes(start, end, "Europe/Lisbon", "en");
    expect(sofia).toContain("09:30");
    expect(sofia).toContain("17:00");
    expect(lisbon).toContain("07:30");
    expect(lisbon).toContain("15:00");
    // Asked again, in the other order, the answers stay the same.
    expect(formatEventTimes(start, end, "Europe/Lisbon", "en")).toBe(lisbon);
    expect(formatEventTimes(start, end, "Europe/Sofia", "en")).toBe(sofia);
  });

  it("speaks the reader's language in the same zone", () => {
    expect(formatEventTimes(start, null, "Europe/Sofia", "en")).toContain("Friday");
    expect(formatEventTimes(start, null, "Europe/Sofia", "de")).toContain("Freitag");
    expect(formatEventTimes(start, null, "Europe/Sofia", "fr")).toContain("vendredi");
  });

  it("shows one time when the event ends as it starts, and a day or a range of days for lists", () => {
    expect(formatEventTimes(start, new Date(start), "Europe/Sofia", "en")).toBe(formatEventTimes(start, null, "Europe/Sofia", "en"));
    expect(formatEventDay(start, null, "Europe/Sofia", "en")).toBe("12 Mar 2027");
    // Late on the 12th in Lisbon is already the 13th in Sofia.
    const late = new Date("2027-03-12T23:30:00Z");
    expect(formatEventDay(late, null, "Europe/Lisbon", "en")).toBe("12 Mar 2027");
    expect(formatEventDay(late, null, "Europe/Sofia", "en")).toBe("13 Mar 2027");
    expect(formatEventDay(start, new Date("2027-03-14T12:00:00Z"), "Europe/Sofia", "en")).toMatch(/^12.+14 Mar 2027$/);
  });
});
