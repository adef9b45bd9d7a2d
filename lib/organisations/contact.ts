import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import { canManageMembers, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fail, invalid, type Result } from "@/lib/result";
import { organisationContactSchema } from "./schema";

// The address the contact relay (lib/contact) sends visitors' messages to.
// Staff set it, as they manage the organisation's members (ADR 015): it is
// never shown publicly, so whoever sets it vouches for it. The audit log
// records the change and the address's domain, not the whole address.

export type ContactChange = "set" | "changed" | "removed" | "unchanged";

export async function setOrganisationContact(actor: Actor | null, input: unknown): Promise<Result<{ change: ContactChange }>> {
  if (!canManageMembers(actor)) return fail("forbidden", "Only alliance staff set an organisation's contact address.");
  const parsed = organisationContactSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { organisationId } = parsed.data;
  const contactEmail = parsed.data.contactEmail || null;
  return db.$transaction(async (tx): Promise<Result<{ change: ContactChange }>> => {
    const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { slug: true, contactEmail: true } });
    if (!organisation) return fail("not_found", "This organisation does not exist.");
    const before = organisation.contactEmail;
    if (before === contactEmail) return { ok: true, change: "unchanged" };
    const change: ContactChange = contactEmail === null ? "removed" : before === null ? "set" : "changed";
    await tx.organisation.update({ where: { id: organisationId }, data: { contactEmail } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "organisation.contact_changed",
      subjectType: "organisation",
      subjectId: organisationId,
      details: { organisation: organisation.slug, change, ...(contactEmail ? { domain: contactEmail.split("@").pop() ?? "" } : {}) },
    });
    return { ok: true, change };
  });
}
