// An event's times as people give them: a wall-clock time ("2027-03-12T09:30")
// in the IANA zone of the place. Stored as instants; shown again in that zone.
// Intl knows every zone's rules, so no table of offsets is kept here.

/** "YYYY-MM-DDTHH:mm", the value of an <input type="datetime-local">. */
export const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Whether a name is a time zone Intl knows ("Europe/Sofia", "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*$/.test(name)) return false;
  try {
    new Intl.DateTimeFormat("en", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** Whether a wall-clock text names a real day and time ("2027-02-30T10:00" does not). */
export function isLocalTime(text: string): boolean {
  const m = LOCAL_TIME.exec(text);
  if (!m) return false;
  const [y, mo, d, h, mi] = m.slice(1).map(Number) as [number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && h < 24 && mi < 60;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function partsIn(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-GB", {
      timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit",
    });
    formatters.set(zone, f);
  }
  return f;
}

function wallClockMs(instant: Date, zone: string): number {
  const p = Object.fromEntries(partsIn(zone).formatToParts(instant).map((x) => [x.type, x.value]));
  return Date.UTC(Number(p.year), Number(p.month) - 1, Number(p.day), Number(p.hour), Number(p.minute), Number(p.second));
}

/** The instant's wall-clock time in a zone, as "YYYY-MM-DDTHH:mm". */
export function toLocalTime(instant: Date, zone: string): string {
  return new Date(wallClockMs(instant, zone)).toISOString().slice(0, 16);
}

/**
 * The instant a wall-clock time names in a zone. A time that the clocks skip
 * (spring forward) moves on by the gap; one they pass twice takes the first.
 */
export function fromLocalTime(local: string, zone: string): Date {
  const m = LOCAL_TIME.exec(local);
  if (!m) throw new Error(`Not a local time: ${local}`);
  const wanted = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // Two rounds of "how far is the zone's clock from UTC here" settle any offset.
  let guess = wanted - (wallClockMs(new Date(wanted), zone) - wanted);
  guess = wanted - (wallClockMs(new Date(guess), zone) - guess);
  const earlier = guess - 3_600_000;
  if (wallClockMs(new Date(earlier), zone) === wanted) return new Date(earlier);
  return new Date(guess);
}

/** The zone's offset from UTC at an instant, as "UTC+02:00". */
export function offsetLabel(instant: Date, zone: string): string {
  const minutes = Math.round((wallClockMs(instant, zone) - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/** ISO 8601 with the zone's offset then ("2027-03-12T09:30:00+02:00"), as schema.org dates want them. */
export function isoInZone(instant: Date, zone: string): string {
  const offset = offsetLabel(instant, zone).slice(3);
  return `${toLocalTime(instant, zone)}:00${offset === "+00:00" ? "Z" : offset}`;
}
