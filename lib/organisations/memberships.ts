import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import { canManageMembers, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fail, invalid, type Result } from "@/lib/result";
import { deliverNotices } from "@/lib/notifications/mail";
import { notify, staffIds } from "@/lib/notifications/notifications";
import { membershipRefSchema, organisationIdSchema } from "./schema";

// Who belongs to which organisation. Users ask to join; staff approve and
// remove (and invite: invitations.ts); users may leave (or withdraw a request)
// themselves. Each change is checked against the actor read fresh from the
// database, and audited.

const FORBIDDEN = fail("forbidden", "You are not allowed to change this membership.");

export type OrganisationOption = { id: string; slug: string; name: string; country: string | null };

export async function listOrganisations(): Promise<OrganisationOption[]> {
  return db.organisation.findMany({ select: { id: true, slug: true, name: true, country: true }, orderBy: { name: "asc" } });
}

export async function requestMembership(actor: Actor | null, input: unknown): Promise<Result> {
  if (!actor) return FORBIDDEN;
  const parsed = organisationIdSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const organisation = await db.organisation.findUnique({ where: { id: parsed.data.organisationId } });
  if (!organisation) return fail("not_found", "This organisation does not exist.", { organisationId: ["Choose an organisation from the list."] });
  const existing = await db.membership.findUnique({ where: { userId_organisationId: { userId: actor.id, organisationId: organisation.id } } });
  if (existing) {
    return fail("conflict", existing.state === "active" ? `You are already a member of ${organisation.name}.` : `You have already asked to join ${organisation.name}.`);
  }
  const notices = await db.$transaction(async (tx) => {
    await tx.membership.create({ data: { userId: actor.id, organisationId: organisation.id, state: "requested" } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "membership.requested",
      subjectType: "membership",
      subjectId: `${organisation.id}:${actor.id}`,
      details: { organisation: organisation.slug },
    });
    return notify(tx, await staffIds(tx), {
      key: "membershipRequested",
      params: { name: actor.name ?? actor.email, organisation: organisation.name },
      href: `/admin/organisations/${organisation.slug}`,
    });
  });
  deliverNotices(notices);
  return { ok: true };
}

export async function approveMembership(actor: Actor | null, input: unknown): Promise<Result> {
  if (!canManageMembers(actor)) return FORBIDDEN;
  const parsed = membershipRefSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { userId, organisationId } = parsed.data;
  const notices = await db.$transaction(async (tx) => {
    const changed = await tx.membership.updateMany({ where: { userId, organisationId, state: "requested" }, data: { state: "active" } });
    if (changed.count === 0) return null;
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "membership.approved",
      subjectType: "membership",
      subjectId: `${organisationId}:${userId}`,
      details: { organisation: organisation.slug },
    });
    return notify(tx, [userId], { key: "membershipApproved", params: { organisation: organisation.name }, href: "/contributions" });
  });
  if (!notices) return fail("not_found", "There is no request to approve: it may have been handled already.");
  deliverNotices(notices);
  return { ok: true };
}

/** Staff remove anyone; a user may leave, or withdraw their own request. */
export async function removeMembership(actor: Actor | null, input: unknown): Promise<Result> {
  const parsed = membershipRefSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { userId, organisationId } = parsed.data;
  if (!actor) return FORBIDDEN;
  const leaving = actor.id === userId;
  if (!leaving && !canManageMembers(actor)) return FORBIDDEN;
  const removed = await db.$transaction(async (tx) => {
    const deleted = await tx.membership.deleteMany({ where: { userId, organisationId } });
    if (deleted.count === 0) return false;
    await recordAudit(tx, {
      actorId: actor.id,
      action: leaving ? "membership.left" : "membership.removed",
      subjectType: "membership",
      subjectId: `${organisationId}:${userId}`,
    });
    return true;
  });
  return removed ? { ok: true } : fail("not_found", "This membership does not exist any more.");
}
