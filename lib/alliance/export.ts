import "server-only";
import { csvText } from "@/lib/export/csv";
import type { DirectoryMember } from "./directory";

// The directory as CSV, written the way every export of the site is
// (lib/export/csv.ts: quoted cells, formulas neutralised, a byte-order mark).
// Codes, not labels: the vocabularies are documented in the OpenAPI document.

export const DIRECTORY_CSV_HEADER = ["slug", "name", "country", "type", "joined_on", "profile", "website", "priorities", "entries"];

export function directoryCsv(members: DirectoryMember[]): string {
  return csvText(
    DIRECTORY_CSV_HEADER,
    members.map((m) => [m.slug, m.name, m.country, m.type, m.joinedOn, m.profile, m.website, m.priorities.join("; "), m.entries.map((e) => e.slug).join("; ")]),
  );
}
