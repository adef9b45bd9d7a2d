import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fail, noSuchEntry, invalid, type Result } from "@/lib/result";
import { recentContactLog, type ContactLogRow } from "./log";
import { entryContactSwitchSchema } from "./schema";

// Moderators switch the contact relay off (and on again) per entry, for
// instance when an organisation is flooded; each switch is audited with its
// reason. They also read the entry's abuse log (metadata, no messages).
// The switch is not content: "last updated" (updated_at) stays, so the write
// is SQL, as Prisma's @updatedAt would move it.

export type EntryContactPanel = {
  enabled: boolean;
  /** Whether the owning organisation has given an address (the address itself is not handed out). */
  hasAddress: boolean;
  organisation: { name: string; slug: string } | null;
  log: ContactLogRow[];
};

export async function entryContactPanel(actor: Actor | null, slug: string): Promise<EntryContactPanel | null> {
  if (!canModerate(actor)) return null;
  const entry = await db.entry.findFirst({
    where: { slug },
    select: { id: true, contactEnabled: true, organisation: { select: { name: true, slug: true, contactEmail: true } } },
  });
  if (!entry) return null;
  const organisation = entry.organisation;
  return {
    enabled: entry.contactEnabled,
    hasAddress: Boolean(organisation?.contactEmail),
    organisation: organisation && { name: organisation.name, slug: organisation.slug },
    log: await recentContactLog(entry.id),
  };
}

export async function setEntryContact(actor: Actor | null, input: unknown): Promise<Result<{ enabled: boolean }>> {
  if (!canModerate(actor)) return fail("forbidden", "Only alliance moderators switch messages to an entry on or off.");
  const parsed = entryContactSwitchSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { slug, reason } = parsed.data;
  const enabled = parsed.data.enabled === "on";
  return db.$transaction(async (tx): Promise<Result<{ enabled: boolean }>> => {
    // Locked, so that two moderators switching at once record one change each way at most.
    const [entry] = await tx.$queryRaw<{ id: string; contact_enabled: boolean }[]>`
      SELECT id, contact_enabled FROM entries WHERE slug = ${slug} AND archived_at IS NULL FOR UPDATE`;
    if (!entry) return noSuchEntry();
    if (entry.contact_enabled === enabled) return { ok: true, enabled };
    await tx.$executeRaw`
      UPDATE entries SET contact_enabled = ${enabled} WHERE id = ${entry.id}::uuid`;
    await recordAudit(tx, {
      actorId: actor.id,
      action: enabled ? "entry.contact_switched_on" : "entry.contact_switched_off",
      subjectType: "entry",
      subjectId: entry.id,
      details: { slug, reason },
    });
    return { ok: true, enabled };
  });
}
