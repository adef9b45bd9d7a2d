import "server-only";
import { db } from "@/lib/db";

// The export's "organisations" column names the organisations an entry is
// linked to (and its owner). On import, a name (or slug) of an organisation
// that has a catalogue entry becomes a link to that entry again.

/** Lower-cased name or slug → the slug of the organisation's published entry. */
export async function organisationLinks(names: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(names.map((n) => n.trim().toLowerCase()).filter((n) => n !== ""))];
  if (wanted.length === 0) return new Map();
  const rows = await db.$queryRaw<{ name: string; slug: string; entry_slug: string }[]>`
    SELECT lower(o.name) AS name, o.slug, e.slug AS entry_slug
    FROM organisations o JOIN entries e ON e.id = o.entry_id AND e.archived_at IS NULL
    WHERE lower(o.name) = ANY(${wanted}::text[]) OR o.slug = ANY(${wanted}::text[])`;
  const links = new Map<string, string>();
  for (const r of rows) {
    links.set(r.name, r.entry_slug);
    links.set(r.slug, r.entry_slug);
  }
  return links;
}
