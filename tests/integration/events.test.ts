import ICAL from "ical.js";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as calendarFeed } from "../../app/feeds/events.ics/route";
import { GET as eventFile } from "../../app/feeds/events/[file]/route";
import { loadEntries } from "../../lib/catalogue/load";
import { entryInputSchema, type EntryInput } from "../../lib/catalogue/schema";
import { db } from "../../lib/db";
import { Prisma } from "../../lib/generated/prisma/client";
import type { EventFilters, EventsView } from "../../lib/events/filters";
import { UNDATED_PAGE_SIZE, UPCOMING_PAGE_SIZE, upcomingEventsQuery } from "../../lib/events/listing";
import { listEvents, nextEvents } from "../../lib/events/list-events";
import { readApiEntry } from "../../lib/api/entries";
import { readExportRecords } from "../../lib/export/records";

// /events and its calendars on a real PostgreSQL, with the seeded catalogue
// (whose events have no dates) and a few dated events around a fixed "now".

const NOW = new Date("2027-03-01T12:00:00Z");

function event(slug: string, fields: Partial<EntryInput>): EntryInput {
  return {
    slug,
    kind: "event",
    title: `Event ${slug}`,
    summary: "An event of the integration tests, with a summary long enough.",
    description: "What happens at this event, described in a sentence or two.",
    sources: [{ title: "Test fixture" }],
    ...fields,
  };
}

const EVENTS = [
  // Ended at 18:00 on 28 February in Sofia, before "now".
  event("ev-past-bg", { countries: ["BG"], themes: ["mathematics"], startsAt: "2027-02-27T09:00", endsAt: "2027-02-28T18:00", timeZone: "Europe/Sofia", eventFormat: "onsite", city: "Sofia" }),
  event("ev-older-ro", { countries: ["RO"], startsAt: "2026-10-10T10:00", timeZone: "Europe/Bucharest", eventFormat: "online" }),
  // Started yesterday, ends tomorrow: under way, so upcoming.
  event("ev-running-ro", { countries: ["RO"], themes: ["mathematics"], startsAt: "2027-02-28T09:00", endsAt: "2027-03-02T17:00", timeZone: "Europe/Bucharest", eventFormat: "hybrid" }),
  event("ev-soon-bg", { title: "Meet, greet; and learn", countries: ["BG"], startsAt: "2027-03-10T09:30", endsAt: "2027-03-10T17:00", timeZone: "Europe/Sofia", eventFormat: "onsite", venue: "Tech Park", city: "Sofia" }),
  // 00:30 on 1 April in Sofia is still 31 March in UTC: it is an April event.
  event("ev-april-bg", { countries: ["BG"], startsAt: "2027-04-01T00:30", timeZone: "Europe/Sofia", eventFormat: "online" }),
];

beforeAll(async () => {
  await loadEntries(EVENTS.map((e) => entryInputSchema.parse(e)));
});

const slugs = (list: { slug: string }[]) => list.map((e) => e.slug);
const ALL: EventsView = { list: "all", page: 1 };

describe("the events listing", () => {
  it("lists upcoming events soonest first (running ones too), then past ones newest first, then the undated", async () => {
    const listing = await listEvents({}, ALL, NOW);
    expect(slugs(listing.upcoming)).toEqual(["ev-running-ro", "ev-soon-bg", "ev-april-bg"]);
    expect(slugs(listing.past)).toEqual(["ev-past-bg", "ev-older-ro"]);
    expect(listing.hasMorePast).toBe(false);
    // The seeded events have no dates: they are listed apart, never given one.
    expect(slugs(listing.undated)).toContain("eu-stem-coalition-general-assemblies");
    expect(slugs(listing.undated)).toContain("smart-stem-education-and-innovations-conference");
    expect(listing.undated.every((e) => e.event.startsAt === null)).toBe(true);
  });

  it("filters by country, theme and format", async () => {
    expect(slugs((await listEvents({ country: "BG" }, ALL, NOW)).upcoming)).toEqual(["ev-soon-bg", "ev-april-bg"]);
    const maths = await listEvents({ theme: "mathematics" }, ALL, NOW);
    expect([...slugs(maths.upcoming), ...slugs(maths.past)]).toEqual(["ev-running-ro", "ev-past-bg"]);
    const online = await listEvents({ format: "online" }, ALL, NOW);
    expect([...slugs(online.upcoming), ...slugs(online.past)]).toEqual(["ev-april-bg", "ev-older-ro"]);
  });

  it("matches a month on the event's own clock, and an event running into it", async () => {
    const march = await listEvents({ month: "2027-03" }, ALL, NOW);
    expect(slugs(march.upcoming)).toEqual(["ev-running-ro", "ev-soon-bg"]);
    expect(march.undated).toEqual([]);
    expect(slugs((await listEvents({ month: "2027-04" }, ALL, NOW)).upcoming)).toEqual(["ev-april-bg"]);
    expect(slugs((await listEvents({ month: "2027-02" }, ALL, NOW)).past)).toEqual(["ev-past-bg"]);
  });

  it("gives a country's next events", async () => {
    expect(slugs(await nextEvents({ country: "RO" }, 5, NOW))).toEqual(["ev-running-ro"]);
  });

  it("names an event's organisers (in the alphabet, archived ones left out), else the organisation that contributed it", async () => {
    const id = async (slug: string) => (await db.entry.findUniqueOrThrow({ where: { slug }, select: { id: true } })).id;
    const [soonId, runningId, quakesafe, techbridge, past] = [await id("ev-soon-bg"), await id("ev-running-ro"), await id("quakesafe"), await id("techbridge"), await id("ev-past-bg")];
    await db.entryLink.createMany({
      data: [
        { fromId: soonId, toId: techbridge, role: "organiser" },
        { fromId: soonId, toId: quakesafe, role: "organiser" },
        { fromId: soonId, toId: past, role: "organiser" },
        { fromId: runningId, toId: techbridge, role: "organisation" },
      ],
    });
    await db.entry.update({ where: { slug: "ev-past-bg" }, data: { archivedAt: new Date(), archiveReason: "test" } });
    try {
      const title = async (slug: string) => (await db.entry.findUniqueOrThrow({ where: { slug }, select: { title: true } })).title;
      const [quakesafeTitle, techbridgeTitle] = [await title("quakesafe"), await title("techbridge")];
      const [running, soon] = await nextEvents({}, 5, NOW);
      expect(soon).toMatchObject({ slug: "ev-soon-bg", organisers: [quakesafeTitle, techbridgeTitle].sort(), translations: {} });
      expect(soon?.event.startsAt).toEqual(new Date("2027-03-10T07:30:00Z"));
      expect(soon?.updatedAt).toBeInstanceOf(Date);
      expect(running).toMatchObject({ slug: "ev-running-ro", organisers: [techbridgeTitle] });
    } finally {
      await db.entry.update({ where: { slug: "ev-past-bg" }, data: { archivedAt: null, archiveReason: null } });
      await db.entryLink.deleteMany({ where: { fromId: { in: [soonId, runningId] } } });
    }
  });

  it("never lists archived events", async () => {
    await db.entry.update({ where: { slug: "ev-older-ro" }, data: { archivedAt: new Date(), archiveReason: "test" } });
    expect(slugs((await listEvents({}, ALL, NOW)).past)).toEqual(["ev-past-bg"]);
    await db.entry.update({ where: { slug: "ev-older-ro" }, data: { archivedAt: null, archiveReason: null } });
  });

  it("refuses event fields on other kinds in the database too", async () => {
    await expect(db.entry.update({ where: { slug: "eited" }, data: { venue: "A hall" } })).rejects.toThrow();
    await expect(db.entry.update({ where: { slug: "ev-soon-bg" }, data: { registrationUrl: "javascript:alert(1)" } })).rejects.toThrow();
  });
});

describe("pages of each list", () => {
  // Until 2026-12-05 /events showed the first 200 upcoming and 200 undated events and
  // no way on: a catalogue with more hid the rest. Every event must be on some page.
  async function walk(list: "upcoming" | "undated", filters: EventFilters = {}): Promise<string[][]> {
    const pages: string[][] = [];
    for (let page = 1; page < 50; page++) {
      const listing = await listEvents(filters, { list, page }, NOW);
      pages.push(slugs(listing[list]));
      expect(listing.past).toEqual([]);
      if (!(list === "upcoming" ? listing.hasMoreUpcoming : listing.hasMoreUndated)) return pages;
    }
    throw new Error("the pages never end");
  }

  it("reaches every upcoming and every undated event, each once, in order", async () => {
    const copies = (count: number, startsAt: Prisma.Sql) => db.$executeRaw`
      INSERT INTO entries
      SELECT (jsonb_populate_record(NULL::entries, to_jsonb(e) || jsonb_build_object(
        'id', gen_random_uuid(), 'slug', 'ev-paging-' || ${count} || '-' || g, 'title', 'Paging ' || lpad(g::text, 4, '0'),
        'starts_at', ${startsAt}, 'ends_at', NULL))).*
      FROM entries e, generate_series(1, ${count}) g WHERE e.slug = 'ev-older-ro'`;
    try {
      await copies(2 * UPCOMING_PAGE_SIZE + 7, Prisma.sql`${NOW}::timestamptz + g * interval '1 day'`);
      await copies(UNDATED_PAGE_SIZE + 3, Prisma.sql`NULL::timestamptz`);
      const expected = async (dated: boolean) =>
        (
          await db.entry.findMany({
            where: { kind: "event", archivedAt: null, startsAt: dated ? { not: null } : null, ...(dated && { OR: [{ endsAt: { gte: NOW } }, { endsAt: null, startsAt: { gte: NOW } }] }) },
            select: { slug: true },
          })
        ).map((e) => e.slug);

      const upcoming = await walk("upcoming");
      expect(upcoming.map((p) => p.length)).toEqual([UPCOMING_PAGE_SIZE, UPCOMING_PAGE_SIZE, 10]);
      expect(upcoming.flat()).toHaveLength(new Set(upcoming.flat()).size);
      expect(upcoming.flat().sort()).toEqual((await expected(true)).sort());
      // Soonest first across pages: the copies start a day apart, after the three fixtures.
      expect(upcoming[1]![0]).toBe(`ev-paging-${2 * UPCOMING_PAGE_SIZE + 7}-${UPCOMING_PAGE_SIZE - 2}`);

      const undated = await walk("undated");
      expect(undated.length).toBeGreaterThanOrEqual(2);
      expect(undated.slice(0, -1).every((p) => p.length === UNDATED_PAGE_SIZE)).toBe(true);
      expect(undated.flat()).toHaveLength(new Set(undated.flat()).size);
      expect(undated.flat().sort()).toEqual((await expected(false)).sort());

      // The first view shows the first page of each list, and says which have more.
      const first = await listEvents({}, ALL, NOW);
      expect(slugs(first.upcoming)).toEqual(upcoming[0]);
      expect(slugs(first.undated)).toEqual(undated[0]);
      expect(first).toMatchObject({ hasMoreUpcoming: true, hasMoreUndated: true, hasMorePast: false });
      // A filter pages the same way; a page past the end is empty, not an error.
      expect((await walk("upcoming", { country: "BG" })).flat()).toEqual(["ev-soon-bg", "ev-april-bg"]);
      expect(await listEvents({}, { list: "upcoming", page: 40 }, NOW)).toMatchObject({ upcoming: [], hasMoreUpcoming: false });
    } finally {
      await db.entry.deleteMany({ where: { slug: { startsWith: "ev-paging-" } } });
    }
  });
});

describe("the cost of upcoming events", () => {
  // Past events only grow. Read in start order, the home page's three upcoming
  // events came after every past one (3 400 rows at 50 000 entries, with or
  // without a country); the scan must begin at "now" on the events' ends.
  // The plan over a past of 1 000 more ended events, written and then rolled back.
  async function plans(filterSets: EventFilters[]): Promise<string[]> {
    const texts: string[] = [];
    const rolledBack = new Error("roll back");
    await db
      .$transaction(async (tx) => {
        await tx.$executeRaw`
          INSERT INTO entries
          SELECT (jsonb_populate_record(NULL::entries, to_jsonb(e) || jsonb_build_object(
            'id', gen_random_uuid(), 'slug', 'ev-history-' || g,
            'starts_at', ${NOW}::timestamptz - g * interval '1 day', 'ends_at', NULL))).*
          FROM entries e, generate_series(1, 1000) g WHERE e.slug = 'ev-older-ro'`;
        await tx.$executeRaw`ANALYZE entries`;
        for (const filters of filterSets) {
          const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>(Prisma.sql`EXPLAIN ${upcomingEventsQuery(filters, NOW, 3)}`);
          texts.push(rows.map((r) => r["QUERY PLAN"]).join("\n"));
        }
        throw rolledBack;
      }, { timeout: 30_000 })
      .catch((error: unknown) => {
        if (error !== rolledBack) throw error;
      });
    return texts;
  }

  it("reads only the events that have not ended", async () => {
    for (const text of await plans([{}, { country: "RO" }])) {
      expect(text).toContain("entries_event_upcoming_idx");
      expect(text).not.toContain("entries_event_starts_at_idx");
      expect(text).toMatch(/Index Cond: \(+COALESCE\(ends_at, starts_at\)+ >= /);
    }
  });
});

function parseCalendar(text: string) {
  return new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
}

describe("the calendar feeds", () => {
  it("serves the listing's dated events as text/calendar, filtered, and parseable", async () => {
    const response = await calendarFeed(new NextRequest("http://localhost/feeds/events.ics?country=bg"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const events = parseCalendar(await response.text());
    expect(events.map((e) => e.summary).sort()).toEqual(["Event ev-april-bg", "Event ev-past-bg", "Meet, greet; and learn"]);
    const soon = events.find((e) => e.summary === "Meet, greet; and learn")!;
    const row = await db.entry.findUniqueOrThrow({ where: { slug: "ev-soon-bg" } });
    expect(soon.uid).toBe(`${row.id}@stem-clearinghouse`);
    expect(soon.startDate.toJSDate().toISOString()).toBe("2027-03-10T07:30:00.000Z");
    expect(soon.location).toBe("Tech Park, Sofia, Bulgaria");
    expect(soon.sequence).toBe(0);
  });

  it("answers 304 to a calendar that has this file, and 400 to unknown filters", async () => {
    const first = await calendarFeed(new NextRequest("http://localhost/feeds/events.ics"));
    const etag = first.headers.get("etag")!;
    const again = await calendarFeed(new NextRequest("http://localhost/feeds/events.ics", { headers: { "if-none-match": etag } }));
    expect(again.status).toBe(304);
    const bad = await calendarFeed(new NextRequest("http://localhost/feeds/events.ics?month=March"));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain("YYYY-MM");
  });

  it("gives one event's Add to calendar file, and 404 for an undated or unknown one", async () => {
    const ok = await eventFile(new Request("http://localhost/feeds/events/ev-soon-bg.ics"), { params: Promise.resolve({ file: "ev-soon-bg.ics" }) });
    expect(ok.status).toBe(200);
    expect(parseCalendar(await ok.text()).map((e) => e.summary)).toEqual(["Meet, greet; and learn"]);
    const undated = await eventFile(new Request("http://localhost/x"), { params: Promise.resolve({ file: "eu-stem-coalition-general-assemblies.ics" }) });
    expect(undated.status).toBe(404);
    const other = await eventFile(new Request("http://localhost/x"), { params: Promise.resolve({ file: "eited.ics" }) });
    expect(other.status).toBe(404);
  });
});

describe("events in the API and exports", () => {
  it("gives the event's times with their zone's offset, and nothing for other kinds", async () => {
    const api = await readApiEntry("ev-soon-bg");
    expect(api?.event).toEqual({
      startsAt: "2027-03-10T09:30:00+02:00",
      endsAt: "2027-03-10T17:00:00+02:00",
      timeZone: "Europe/Sofia",
      format: "onsite",
      venue: "Tech Park",
      city: "Sofia",
      registrationUrl: null,
    });
    expect((await readApiEntry("eited"))?.event).toBeNull();
    const row = await db.entry.findUniqueOrThrow({ where: { slug: "ev-soon-bg" } });
    const [record] = await readExportRecords([row.id]);
    expect(record).toMatchObject({ kind_code: "event", event_starts_at: "2027-03-10T09:30:00+02:00", event_time_zone: "Europe/Sofia", event_format: "onsite", event_city: "Sofia" });
  });
});
