import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { FOUNDING_JOINED_ON, FOUNDING_MEMBERS } from "./founding-members";

/**
 * Makes the founding members members (ADR 018), in the catalogue
 * organisations' own transaction (lib/organisations/seed.ts). A national
 * platform catalogued as a platform, not an organisation, becomes an
 * organisation first, owning its own entry when nothing else does.
 * Idempotent: a founding member staff have since changed (its profile, a
 * suspension) is left as it is; entries missing from the catalogue are skipped.
 */
export async function ensureFoundingMembers(tx: Prisma.TransactionClient): Promise<{ members: number }> {
  const slugs = FOUNDING_MEMBERS.map((m) => m.slug);
  await tx.$executeRaw`
    INSERT INTO organisations (id, slug, name, country, entry_id)
    SELECT gen_random_uuid(), e.slug, e.title, e.countries[1], e.id
    FROM entries e
    WHERE e.slug = ANY(${slugs}::text[]) AND e.kind = 'platform'
      AND NOT EXISTS (SELECT 1 FROM organisations o WHERE o.entry_id = e.id OR o.slug = e.slug)`;
  await tx.$executeRaw`
    UPDATE entries e SET organisation_id = o.id
    FROM organisations o WHERE o.entry_id = e.id AND e.organisation_id IS NULL AND e.slug = ANY(${slugs}::text[])`;
  let members = 0;
  for (const member of FOUNDING_MEMBERS) {
    const organisation = await tx.organisation.findUnique({ where: { slug: member.slug }, select: { id: true, alliance: { select: { state: true } }, entry: { select: { website: true } } } });
    if (!organisation || organisation.alliance) continue;
    await tx.organisation.update({
      where: { id: organisation.id },
      data: { allianceType: member.type, profile: member.profile, priorities: member.priorities, website: organisation.entry?.website ?? null },
    });
    await tx.allianceMembership.create({ data: { organisationId: organisation.id, joinedOn: new Date(`${FOUNDING_JOINED_ON}T00:00:00Z`) } });
    members += 1;
  }
  return { members };
}
