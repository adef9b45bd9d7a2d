import "server-only";
import { sqlRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { EventFilters } from "./filters";

// Which events a listing shows, in order (ADR 017). An event is upcoming
// until it ends (or, without an end, until it starts); past events are the
// archive, newest first; events whose dates the sources do not give are
// listed apart, by year. Filters: country, theme, format, and a month, which
// an event matches when it runs during that month on its own zone's clock.

export const PAST_PAGE_SIZE = 20;
export const UPCOMING_PAGE_SIZE = 50;
export const UNDATED_PAGE_SIZE = 50;

export type IdPage = { ids: string[]; hasMore: boolean };

/** One page of ids, read with one row more than the page holds to know whether another follows. */
function idPage(rows: Id[], size: number): IdPage {
  return { ids: rows.slice(0, size).map((r) => r.id), hasMore: rows.length > size };
}

const offsetOf = (page: number, size: number) => (page - 1) * size;

function conditions(filters: EventFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`kind = 'event'`, Prisma.sql`archived_at IS NULL`];
  if (filters.country) parts.push(Prisma.sql`${filters.country} = ANY(countries)`);
  if (filters.theme) parts.push(Prisma.sql`${filters.theme} = ANY(themes)`);
  if (filters.format) parts.push(Prisma.sql`event_format = ${filters.format}`);
  if (filters.month) {
    const first = `${filters.month}-01`;
    parts.push(Prisma.sql`starts_at IS NOT NULL
      AND (starts_at AT TIME ZONE time_zone) < (${first}::date + interval '1 month')
      AND (COALESCE(ends_at, starts_at) AT TIME ZONE time_zone) >= ${first}::date`);
  }
  return Prisma.join(parts, " AND ");
}

type Id = { id: string };

/**
 * The query of upcomingEventIds. Past events only grow, so it takes the events
 * not yet over first (entries_event_upcoming_idx) and sorts those. Left to
 * itself, the planner walks the start-time index from the oldest event for a
 * filtered LIMIT, past thousands of ended ones, as it expects matches to be
 * spread evenly: MATERIALIZED keeps it from merging the two steps.
 */
export function upcomingEventsQuery(filters: EventFilters, now: Date, limit: number, offset = 0): Prisma.Sql {
  return Prisma.sql`
    WITH upcoming AS MATERIALIZED (
      SELECT id, starts_at, title FROM entries
      WHERE ${conditions(filters)} AND starts_at IS NOT NULL AND COALESCE(ends_at, starts_at) >= ${now})
    SELECT id FROM upcoming ORDER BY starts_at, title, id LIMIT ${limit} OFFSET ${offset}`;
}

/** The next `count` dated events still to come or under way at `now`, soonest first. */
export async function nextEventIds(filters: EventFilters, now: Date, count: number): Promise<string[]> {
  // Prepared: the home and country pages ask on every view, in a few fixed shapes (ADR 024).
  const rows = await sqlRows<Id>(upcomingEventsQuery(filters, now, count), { prepared: true });
  return rows.map((r) => r.id);
}

/** One page of the dated events still to come or under way at `now`, soonest first. */
export async function upcomingEventIds(filters: EventFilters, now: Date, page: number): Promise<IdPage> {
  const rows = await sqlRows<Id>(upcomingEventsQuery(filters, now, UPCOMING_PAGE_SIZE + 1, offsetOf(page, UPCOMING_PAGE_SIZE)));
  return idPage(rows, UPCOMING_PAGE_SIZE);
}

/** One page of the archive: dated events over by `now`, most recent first. */
export async function pastEventIds(filters: EventFilters, now: Date, page: number): Promise<IdPage> {
  const rows = await sqlRows<Id>(Prisma.sql`
    SELECT id FROM entries WHERE ${conditions(filters)} AND starts_at IS NOT NULL AND COALESCE(ends_at, starts_at) < ${now}
    ORDER BY starts_at DESC, title, id LIMIT ${PAST_PAGE_SIZE + 1} OFFSET ${offsetOf(page, PAST_PAGE_SIZE)}`);
  return idPage(rows, PAST_PAGE_SIZE);
}

/** One page of the events without a known date (a month filter never matches them), latest year first. */
export async function undatedEventIds(filters: EventFilters, page: number): Promise<IdPage> {
  if (filters.month) return { ids: [], hasMore: false };
  const rows = await sqlRows<Id>(Prisma.sql`
    SELECT id FROM entries WHERE ${conditions(filters)} AND starts_at IS NULL
    ORDER BY COALESCE(year_end, year_start) DESC NULLS LAST, title, id LIMIT ${UNDATED_PAGE_SIZE + 1} OFFSET ${offsetOf(page, UNDATED_PAGE_SIZE)}`);
  return idPage(rows, UNDATED_PAGE_SIZE);
}

/** Ids of every dated event the filters match, latest first: what a calendar feed holds. */
export async function datedEventIds(filters: EventFilters, limit = 500): Promise<string[]> {
  const rows = await sqlRows<Id>(Prisma.sql`
    SELECT id FROM entries WHERE ${conditions(filters)} AND starts_at IS NOT NULL
    ORDER BY starts_at DESC, title LIMIT ${limit}`);
  return rows.map((r) => r.id);
}
