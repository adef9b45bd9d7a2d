import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { memberIds } from "@/lib/notifications/notifications";
import { fail, invalid, type Failure, type Result } from "@/lib/result";
import { membershipChangeSchema } from "./application-schema";
import { ONLY_STAFF_DECIDE } from "./decide";
import { queueAllianceMail, sentSoon } from "./mails";

// Staff suspend a membership, end it, or make a suspended one current again,
// always with a reason: audited, and mailed to the organisation's active
// members. The row is locked, so two staff changing it at once apply one
// after the other, and a change to the state it already has is refused.

export const NOT_A_MEMBER = "This organisation has no membership of the Alliance to change.";
export const ALREADY_IN_STATE = "The membership is already in this state. Reload the page.";

const MAIL_KEY = { suspended: "suspended", ended: "ended", member: "reinstated" } as const;

export async function changeMembership(actor: Actor | null, input: unknown): Promise<Result<{ slug: string }>> {
  if (!canModerate(actor)) return fail("forbidden", ONLY_STAFF_DECIDE);
  const parsed = membershipChangeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { organisationId, state, reason } = parsed.data;
  return sentSoon(db.$transaction(async (tx): Promise<Result<{ slug: string }> | Failure> => {
    const [locked] = await tx.$queryRaw<{ state: string }[]>`
      SELECT state FROM alliance_memberships WHERE organisation_id = ${organisationId}::uuid FOR UPDATE`;
    if (!locked) return fail("not_found", NOT_A_MEMBER);
    if (locked.state === state) return fail("conflict", ALREADY_IN_STATE);
    // An ended membership is over: the organisation applies again to rejoin.
    if (locked.state === "ended") return fail("conflict", "This membership has ended; the organisation can apply again.");
    await tx.allianceMembership.update({ where: { organisationId }, data: { state, reason: state === "member" ? null : reason, changedAt: new Date() } });
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { slug: true, name: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: `alliance.membership_${state === "member" ? "reinstated" : state}`,
      subjectType: "organisation",
      subjectId: organisationId,
      details: { organisation: organisation.slug, from: locked.state, to: state, reason },
    });
    await queueAllianceMail(tx, await memberIds(tx, organisationId), MAIL_KEY[state], { organisation: organisation.name, message: reason }, "/alliance");
    return { ok: true, slug: organisation.slug };
  }));
}
