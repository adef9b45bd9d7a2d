import type { PublishedEntry } from "@/lib/catalogue/entries";
import { labelOf } from "@/lib/catalogue/vocabularies";
import { ATTENDANCE_MODES } from "./formats";
import { isoInZone } from "./time-zone";

// The schema.org Event properties of an event entry (lib/seo/json-ld.ts adds
// the rest): dates with the zone's offset, how people attend, and where: a
// Place with its address, a VirtualLocation, or both for hybrid events.

type JsonLd = { [key: string]: string | number | JsonLd | JsonLd[] | string[] | undefined };

function place(entry: PublishedEntry): JsonLd | undefined {
  const e = entry.event;
  if (!e || (!e.venue && !e.city && entry.countries.length === 0)) return undefined;
  const country = entry.countries[0];
  return {
    "@type": "Place",
    name: e.venue ?? e.city ?? (country ? labelOf("country", country) : undefined),
    address: {
      "@type": "PostalAddress",
      addressLocality: e.city ?? undefined,
      addressCountry: country,
    },
  };
}

function virtualLocation(entry: PublishedEntry): JsonLd | undefined {
  const url = entry.event?.registrationUrl ?? entry.website;
  return url ? { "@type": "VirtualLocation", url } : undefined;
}

export function eventJsonLd(entry: PublishedEntry): JsonLd {
  const e = entry.event;
  const zone = e?.timeZone ?? "UTC";
  const start = e?.startsAt ? isoInZone(e.startsAt, zone) : entry.yearStart === null ? undefined : String(entry.yearStart);
  const end = e?.endsAt ? isoInZone(e.endsAt, zone) : entry.yearEnd === null ? undefined : String(entry.yearEnd);
  const online = e?.format === "online" ? virtualLocation(entry) : undefined;
  const onsite = e?.format === "online" ? undefined : place(entry);
  const both = e?.format === "hybrid" ? [onsite, virtualLocation(entry)].filter((l): l is JsonLd => l !== undefined) : [];
  return {
    startDate: start,
    endDate: end,
    eventAttendanceMode: e?.format ? ATTENDANCE_MODES[e.format] : undefined,
    location: both.length > 1 ? both : (online ?? onsite),
    offers: e?.registrationUrl ? { "@type": "Offer", url: e.registrationUrl } : undefined,
  };
}
