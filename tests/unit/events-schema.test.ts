import { describe, expect, it } from "vitest";
import { proposalContentSchema, proposalDraftSchema } from "../../lib/submissions/schema";
import { eventColumns, eventContent } from "../../lib/events/columns";
import { eventsView, eventsViewQuery, filtersFromQuery, previousPage, type EventFilters } from "../../lib/events/filters";
import { fromLocalTime, isoInZone, isTimeZone, offsetLabel, toLocalTime } from "../../lib/events/time-zone";

const base = {
  kind: "event",
  title: "National STEM conference",
  summary: "A yearly national conference on STEM education and innovation.",
  description: "Researchers, teachers and students present their work over two days.",
  sources: [{ title: "The organisers' announcement" }],
};

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
}

describe("an event's fields in a proposal", () => {
  it("takes times in a zone, a format, a place and a registration link", () => {
    const parsed = proposalContentSchema.safeParse({
      ...base,
      startsAt: "2027-03-12T09:30",
      endsAt: "2027-03-13T17:00",
      timeZone: "Europe/Sofia",
      eventFormat: "hybrid",
      venue: "Sofia Tech Park",
      city: "Sofia",
      registrationUrl: "https://example.org/register",
    });
    expect(messages(parsed)).toEqual([]);
  });

  it("refuses an end before the start, an unknown zone, a start without a zone and a non-web link", () => {
    expect(messages(proposalDraftSchema.safeParse({ ...base, startsAt: "2027-03-12T09:30", endsAt: "2027-03-12T09:00", timeZone: "Europe/Sofia" }))).toEqual([
      "endsAt: The end cannot be before the start.",
    ]);
    expect(messages(proposalDraftSchema.safeParse({ ...base, startsAt: "2027-03-12T09:30", timeZone: "Europe/Atlantis" }))).toEqual([
      "timeZone: Choose a time zone from the list, such as Europe/Sofia.",
    ]);
    expect(messages(proposalDraftSchema.safeParse({ ...base, startsAt: "2027-03-12T09:30" }))).toEqual(["timeZone: Choose the time zone the times are given in."]);
    expect(messages(proposalDraftSchema.safeParse({ ...base, endsAt: "2027-03-12T09:30", timeZone: "UTC" }))).toEqual(["endsAt: The end cannot be before the start."]);
    expect(messages(proposalDraftSchema.safeParse({ ...base, registrationUrl: "javascript:alert(1)" }))).toEqual([
      "registrationUrl: Give a full web address, starting with https://",
    ]);
    expect(messages(proposalDraftSchema.safeParse({ ...base, startsAt: "2027-02-30T10:00", timeZone: "UTC" }))).toEqual([
      "startsAt: Give a date and time, such as 2027-03-12T09:30.",
    ]);
  });

  it("keeps event fields to events", () => {
    expect(messages(proposalDraftSchema.safeParse({ ...base, kind: "programme", venue: "A hall" }))).toEqual([
      "kind: Only events have dates, a format, a venue or a registration link.",
    ]);
  });

  it("may leave the dates out (the sources do not always give them)", () => {
    expect(messages(proposalContentSchema.safeParse({ ...base, yearStart: 2021 }))).toEqual([]);
  });
});

describe("event times", () => {
  it("knows real zones only", () => {
    expect(isTimeZone("Europe/Skopje")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Europe/Atlantis")).toBe(false);
    expect(isTimeZone("../etc")).toBe(false);
  });

  it("turns wall-clock times into instants and back, across summer time", () => {
    expect(fromLocalTime("2027-01-15T10:00", "Europe/Brussels").toISOString()).toBe("2027-01-15T09:00:00.000Z");
    expect(fromLocalTime("2027-07-15T10:00", "Europe/Brussels").toISOString()).toBe("2027-07-15T08:00:00.000Z");
    // 02:30 does not exist on 28 March 2027 in Berlin: it moves on by the gap.
    expect(fromLocalTime("2027-03-28T02:30", "Europe/Berlin").toISOString()).toBe("2027-03-28T01:30:00.000Z");
    expect(toLocalTime(new Date("2027-07-15T08:00:00Z"), "Europe/Brussels")).toBe("2027-07-15T10:00");
    expect(offsetLabel(new Date("2027-07-15T08:00:00Z"), "Europe/Sofia")).toBe("UTC+03:00");
    expect(isoInZone(new Date("2027-07-15T08:00:00Z"), "Europe/Sofia")).toBe("2027-07-15T11:00:00+03:00");
    expect(isoInZone(new Date("2027-07-15T08:00:00Z"), "UTC")).toBe("2027-07-15T08:00:00Z");
  });

  it("stores and restores an event's fields unchanged", () => {
    const fields = { startsAt: "2027-03-12T09:30", endsAt: "2027-03-13T17:00", timeZone: "Europe/Sofia", eventFormat: "onsite" as const, venue: "Hall", city: "Sofia", registrationUrl: "https://example.org/r" };
    const columns = eventColumns(fields);
    expect(columns.startsAt?.toISOString()).toBe("2027-03-12T07:30:00.000Z");
    expect(eventContent(columns)).toEqual(fields);
  });
});

describe("the filters of /events and its calendar", () => {
  it("reads known values, upper-cases a country, and refuses unknown ones", () => {
    const ok = filtersFromQuery(new URLSearchParams("country=bg&theme=mathematics&format=online&month=2027-03&other=x"));
    expect(ok.success && ok.data).toEqual({ country: "BG", theme: "mathematics", format: "online", month: "2027-03" });
    expect(filtersFromQuery(new URLSearchParams("month=2027-13")).success).toBe(false);
    expect(filtersFromQuery(new URLSearchParams("format=carnival")).success).toBe(false);
    expect(filtersFromQuery(new URLSearchParams("country=&theme=")).success).toBe(true);
  });
});

describe("which list /events shows", () => {
  const view = (query: string) => eventsView(new URLSearchParams(query));

  it("shows every list from its start unless a later page of one is asked for", () => {
    expect(view("")).toEqual({ list: "all", page: 1 });
    expect(view("list=upcoming&page=3")).toEqual({ list: "upcoming", page: 3 });
    expect(view("list=undated&page=2")).toEqual({ list: "undated", page: 2 });
    expect(view("list=upcoming")).toEqual({ list: "upcoming", page: 1 });
    // The archive's addresses from before the other lists had pages.
    expect(view("page=4")).toEqual({ list: "past", page: 4 });
  });

  it("reads nonsense as the first view, never as an error", () => {
    for (const query of ["page=0", "page=-2", "page=1.5", "page=abc", "page=1001", "list=everything", "list=all&page=2"]) {
      const seen = view(query);
      expect(seen.page === 1 || seen.list === "past").toBe(true);
      expect(["all", "past", "upcoming", "undated"]).toContain(seen.list);
    }
    expect(view("page=1001")).toEqual({ list: "all", page: 1 });
    expect(view("list=everything&page=2")).toEqual({ list: "past", page: 2 });
  });

  it("links each page with the filters kept, the first page of a list being /events itself", () => {
    const filters: EventFilters = { country: "BG", month: "2027-03" };
    expect(eventsViewQuery(filters, "upcoming", 1)).toBe("?country=BG&month=2027-03");
    expect(eventsViewQuery(filters, "upcoming", 2)).toBe("?country=BG&month=2027-03&list=upcoming&page=2");
    expect(eventsViewQuery({}, "past", 3)).toBe("?page=3");
    expect(eventsViewQuery({}, "undated", 2)).toBe("?list=undated&page=2");
    // What a link says is what the page reads back.
    expect(eventsView(new URLSearchParams(eventsViewQuery(filters, "undated", 5).slice(1)))).toEqual({ list: "undated", page: 5 });
  });

  it("leads back from a page past a list's end to its first page, not to another empty one", () => {
    expect(previousPage(3, 20)).toBe(2);
    expect(previousPage(2, 1)).toBe(1);
    expect(previousPage(999, 0)).toBe(1);
  });
});
