import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { writeCalendar, type CalendarEvent } from "../../lib/events/ical";
import { fromLocalTime } from "../../lib/events/time-zone";

// What we write is read back by a real iCalendar parser (ical.js, the one
// Thunderbird uses): a calendar that parses here is one calendars can import.

const event: CalendarEvent = {
  id: "4a1c7d2e-0000-4000-8000-000000000001",
  title: "Teachers, parents; and pupils\nmeet",
  summary: "A day of experiments, talks; and a contest.",
  url: "https://clearinghouse.example/entries/stem-day",
  startsAt: fromLocalTime("2027-03-12T09:30", "Europe/Sofia"),
  endsAt: fromLocalTime("2027-03-12T17:00", "Europe/Sofia"),
  location: "Sofia Tech Park, Sofia, Bulgaria",
  organisers: ["EITED"],
  version: 3,
  updatedAt: new Date("2026-12-01T10:00:00Z"),
};

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  return { calendar, events: calendar.getAllSubcomponents("vevent") };
}

describe("the iCalendar writer", () => {
  it("writes a calendar a real parser reads, with stable UID, SEQUENCE, DTSTAMP and LAST-MODIFIED", () => {
    const text = writeCalendar("STEM education events", [event]);
    const { calendar, events } = parse(text);
    expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    expect(events).toHaveLength(1);
    const vevent = events[0]!;
    expect(vevent.getFirstPropertyValue("uid")).toBe("4a1c7d2e-0000-4000-8000-000000000001@stem-clearinghouse");
    expect(vevent.getFirstPropertyValue("sequence")).toBe(2);
    expect(String(vevent.getFirstPropertyValue("dtstamp"))).toBe("2026-12-01T10:00:00Z");
    expect(String(vevent.getFirstPropertyValue("last-modified"))).toBe("2026-12-01T10:00:00Z");
    expect(vevent.getFirstPropertyValue("url")).toBe(event.url);
  });

  it("puts the start at the right moment: 09:30 in Sofia in March is 07:30 UTC", () => {
    const vevent = new ICAL.Event(parse(writeCalendar("x", [event])).events[0]!);
    expect(vevent.startDate.toJSDate().toISOString()).toBe("2027-03-12T07:30:00.000Z");
    expect(vevent.endDate.toJSDate().toISOString()).toBe("2027-03-12T15:00:00.000Z");
    expect(vevent.startDate.zone?.tzid).toBe("UTC");
  });

  it("escapes commas, semicolons and newlines in texts, and they read back unchanged", () => {
    const text = writeCalendar("x", [event]);
    expect(text).toContain("SUMMARY:Teachers\\, parents\\; and pupils\\nmeet");
    const vevent = new ICAL.Event(parse(text).events[0]!);
    expect(vevent.summary).toBe(event.title);
    expect(vevent.location).toBe(event.location);
    expect(vevent.description).toContain("A day of experiments, talks; and a contest.");
  });

  it("folds long lines at 75 octets and ends lines with CRLF", () => {
    const long = { ...event, summary: "Ä ".repeat(200) };
    const text = writeCalendar("x", [long]);
    const lines = text.split("\r\n");
    expect(lines.every((line) => Buffer.byteLength(line, "utf8") <= 75)).toBe(true);
    expect(text.replace(/\r\n/g, "")).not.toContain("\n");
    expect(new ICAL.Event(parse(text).events[0]!).description).toContain("Ä Ä Ä");
  });

  it("gives the same bytes for the same events, and a higher SEQUENCE after an approved change", () => {
    expect(writeCalendar("x", [event])).toBe(writeCalendar("x", [event]));
    const changed = parse(writeCalendar("x", [{ ...event, version: 4, updatedAt: new Date("2026-12-05T08:00:00Z") }])).events[0]!;
    expect(changed.getFirstPropertyValue("sequence")).toBe(3);
    expect(changed.getFirstPropertyValue("uid")).toBe("4a1c7d2e-0000-4000-8000-000000000001@stem-clearinghouse");
  });
});
