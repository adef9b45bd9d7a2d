import type { EntryStamps } from "./load";
import type { Entry } from "./schema";

// Dates for synthetic entries, so the "last verified" notice and the
// moderators' "Needs checking" list have something to show: spread over the
// last three years or so (about three in ten past 24 months), one in twelve
// never verified, each content change before its confirmation. Deterministic
// per entry number, and relative to the moment they are added.

const DAY = 86_400_000;

/** A number in [0, 1) from the entry's number and a salt (a small integer hash; no state). */
function unit(index: number, salt: number): number {
  let h = Math.imul(index + 1, 0x9e3779b1) ^ Math.imul(salt, 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return ((h ^ (h >>> 16)) >>> 0) / 4294967296;
}

function entryNumber(slug: string): number {
  const match = /^synthetic-(\d+)/.exec(slug);
  return match ? Number(match[1]) : [...slug].reduce((sum, c) => (sum * 31 + c.charCodeAt(0)) | 0, 7);
}

export function syntheticStamps(now = new Date()): (entry: Entry) => EntryStamps {
  return (entry) => {
    const i = entryNumber(entry.slug);
    const verified = unit(i, 1) < 1 / 12 ? null : new Date(now.getTime() - Math.floor(1200 * unit(i, 2) ** 1.5) * DAY);
    const changed = new Date((verified ?? now).getTime() - Math.floor(400 * unit(i, 3)) * DAY);
    return { updatedAt: changed, lastVerifiedAt: verified };
  };
}
