-- Issue 15: upcoming events (the home page's three, a country's, /events) are
-- the dated events that have not ended. The index on starts_at gave them in
-- order only after passing every past event, and past events only grow: 3 400
-- rows read for 3 shown, 6 to 9 ms of each home and country page at 50 000
-- entries. Keyed on the end (the start when there is none), a scan reads the
-- events still to come alone (lib/events/listing.ts), and what it includes
-- lets the listing and a country's filter answer from the index.
CREATE INDEX "entries_event_upcoming_idx"
  ON "entries" ((coalesce("ends_at", "starts_at")))
  INCLUDE ("starts_at", "ends_at", "title", "id", "countries")
  WHERE "kind" = 'event' AND "archived_at" IS NULL AND "starts_at" IS NOT NULL;
