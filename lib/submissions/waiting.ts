// How long something has waited, in words.

/** How long something has waited, in the unit a person would say it in: under five minutes is "a few". */
export type WaitedSpan = { unit: "fewMinutes" | "minutes" | "hours" | "days"; count: number };

export function waitedSpan(since: Date, now = new Date()): WaitedSpan {
  const minutes = Math.floor((now.getTime() - since.getTime()) / 60_000);
  if (minutes < 60) return minutes < 5 ? { unit: "fewMinutes", count: minutes } : { unit: "minutes", count: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { unit: "hours", count: hours };
  return { unit: "days", count: Math.floor(hours / 24) };
}

/** "3 days", "5 hours", "a few minutes": how long something has waited (English; pages use waitedSpan and their catalogue). */
export function waitedFor(since: Date, now = new Date()): string {
  const { unit, count } = waitedSpan(since, now);
  if (unit === "fewMinutes") return "a few minutes";
  if (unit === "minutes") return `${count} minutes`;
  if (unit === "hours") return count === 1 ? "1 hour" : `${count} hours`;
  return `${count} days`;
}
