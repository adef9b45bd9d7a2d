import "server-only";
import { db } from "@/lib/db";
import { ensureFoundingMembers } from "@/lib/alliance/seed";

/**
 * Every organisation and project team of the catalogue becomes an
 * organisation that members can belong to, and each entry without an owner is
 * given one: itself for organisations and teams, otherwise the organisation it
 * names. Idempotent: existing organisations and owners are never changed.
 * Then the Alliance's founding members join it (lib/alliance/seed.ts).
 */
export async function ensureCatalogueOrganisations(): Promise<{ created: number }> {
  return db.$transaction(async (tx) => {
    const created = await tx.$executeRaw`
      INSERT INTO organisations (id, slug, name, country, entry_id)
      SELECT gen_random_uuid(), e.slug, e.title, e.countries[1], e.id
      FROM entries e
      WHERE e.kind IN ('organisation', 'project-team')
        AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.entry_id = e.id OR o.slug = e.slug)`;
    await tx.$executeRaw`
      UPDATE entries e SET organisation_id = o.id
      FROM organisations o WHERE o.entry_id = e.id AND e.organisation_id IS NULL`;
    await tx.$executeRaw`
      UPDATE entries e SET organisation_id = (
        SELECT o.id FROM entry_links l JOIN organisations o ON o.entry_id = l.to_id
        WHERE l.from_id = e.id AND l.role = 'organisation'
        ORDER BY o.slug LIMIT 1
      )
      WHERE e.organisation_id IS NULL
        AND EXISTS (SELECT 1 FROM entry_links l JOIN organisations o ON o.entry_id = l.to_id
                    WHERE l.from_id = e.id AND l.role = 'organisation')`;
    await ensureFoundingMembers(tx);
    return { created };
  });
}
