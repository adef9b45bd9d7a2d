// How an event takes place (ADR 017). The schema.org attendance mode of each
// is what search engines read from the entry page's JSON-LD.

export const EVENT_FORMATS = ["onsite", "online", "hybrid"] as const;
export type EventFormat = (typeof EVENT_FORMATS)[number];

export const EVENT_FORMAT_LABELS: Record<EventFormat, string> = {
  onsite: "On site",
  online: "Online",
  hybrid: "On site and online",
};

export const ATTENDANCE_MODES: Record<EventFormat, string> = {
  onsite: "https://schema.org/OfflineEventAttendanceMode",
  online: "https://schema.org/OnlineEventAttendanceMode",
  hybrid: "https://schema.org/MixedEventAttendanceMode",
};

export function isEventFormat(value: string): value is EventFormat {
  return (EVENT_FORMATS as readonly string[]).includes(value);
}
