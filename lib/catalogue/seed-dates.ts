import type { EntryStamps } from "./load";

// The seed catalogue carries no per-entry dates, so its entries get the
// catalogue's own, said once here (and in the README) rather than made up:
// - its facts were written from, and checked against, the source documents in
//   ../shared/seeds/ on 23 November 2026 (commit f96d193, "Load the real
//   catalogue: 68 entries from the source documents"): "last verified";
// - its files were last edited on 2 December 2026 (moderated translations of
//   some entries were added): "last updated", the last content change.
// Loading the catalogue (npm start on a new database) is neither; the load
// day stays in published_at, when the entry appeared on this site.

export const CATALOGUE_CHECKED_ON = new Date("2026-11-23T12:00:00Z");
export const CATALOGUE_EDITED_ON = new Date("2026-12-02T12:00:00Z");

export function seedCatalogueStamps(): EntryStamps {
  return { updatedAt: CATALOGUE_EDITED_ON, lastVerifiedAt: CATALOGUE_CHECKED_ON };
}
