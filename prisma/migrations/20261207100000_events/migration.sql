-- Events (issue 17, ADR 017): an entry of kind "event" has when, how and where
-- it takes place. Columns, not JSON: /events sorts and filters on the start and
-- end, the calendar feed reads them all, and the database can hold their rules.
-- Times are instants (timestamptz), and the zone is the place's IANA zone, kept to
-- show the times as the organisers announce them.
ALTER TABLE "entries" ADD COLUMN "starts_at" TIMESTAMPTZ(3);
ALTER TABLE "entries" ADD COLUMN "ends_at" TIMESTAMPTZ(3);
ALTER TABLE "entries" ADD COLUMN "time_zone" TEXT;
ALTER TABLE "entries" ADD COLUMN "event_format" TEXT;
ALTER TABLE "entries" ADD COLUMN "venue" TEXT;
ALTER TABLE "entries" ADD COLUMN "city" TEXT;
ALTER TABLE "entries" ADD COLUMN "registration_url" TEXT;

ALTER TABLE "entries" ADD CONSTRAINT "entries_event_format_check" CHECK ("event_format" IS NULL OR "event_format" IN ('onsite', 'online', 'hybrid'));
ALTER TABLE "entries" ADD CONSTRAINT "entries_event_times_check"
  CHECK (("starts_at" IS NULL OR "time_zone" IS NOT NULL) AND ("ends_at" IS NULL OR ("starts_at" IS NOT NULL AND "ends_at" >= "starts_at")));
ALTER TABLE "entries" ADD CONSTRAINT "entries_registration_url_check" CHECK (web_address_ok("registration_url"));
ALTER TABLE "entries" ADD CONSTRAINT "entries_event_fields_check"
  CHECK ("kind" = 'event' OR ("starts_at" IS NULL AND "ends_at" IS NULL AND "time_zone" IS NULL AND "event_format" IS NULL
    AND "venue" IS NULL AND "city" IS NULL AND "registration_url" IS NULL));

-- Proposals and versions hold the same fields in their JSON content.
ALTER TABLE "proposals" ADD CONSTRAINT "proposals_registration_url_check" CHECK (web_address_ok("content" ->> 'registrationUrl'));

-- /events: upcoming by start, the archive by start descending.
CREATE INDEX "entries_event_starts_at_idx" ON "entries" ("starts_at") WHERE "kind" = 'event';
