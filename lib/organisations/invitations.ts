import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import { mailAddedToOrganisation, mailInvitation } from "@/lib/auth/mails";
import { canManageMembers, type Actor } from "@/lib/auth/permissions";
import { createAuthToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { DEFAULT_LOCALE, type Locale, toLocale } from "@/lib/i18n/locales";
import { fail, invalid, type Result } from "@/lib/result";
import type { Prisma } from "@/lib/generated/prisma/client";
import { notify } from "@/lib/notifications/notifications";
import { localeSchema } from "@/lib/users/mail-language";
import { inviteSchema } from "./schema";

// Staff add people to an organisation by email. Whoever is invited always gets
// a mail. Someone whose address is proven (a confirmed account) is a member at
// once; anyone else, including an account someone else may have registered
// with that address, is only "invited" until the link in the mail proves the
// address (acceptInvitations). The mail is in the invitee's language when
// they have an account, otherwise in the inviter's (`locale`, the language of
// the page they invited from), which also becomes the new account's language.

export type InvitationOutcome = {
  /** "added": a member now; "invited": a member once the address is proven. */
  outcome: "added" | "invited";
  /** Whether the mail went out; when not, the membership is recorded all the same. */
  mailed: boolean;
};

export async function inviteMember(actor: Actor | null, input: unknown, locale: Locale = DEFAULT_LOCALE): Promise<Result<InvitationOutcome>> {
  if (!canManageMembers(actor)) return fail("forbidden", "You are not allowed to change this membership.");
  const parsed = inviteSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { email, organisationId } = parsed.data;
  const organisation = await db.organisation.findUnique({ where: { id: organisationId } });
  if (!organisation) return fail("not_found", "This organisation does not exist.");
  const invited = await db.$transaction(async (tx) => {
    const user = await tx.user.upsert({ where: { email }, create: { email, role: "member", locale: localeSchema.parse(locale) }, update: {} });
    const key = { userId_organisationId: { userId: user.id, organisationId } };
    const existing = await tx.membership.findUnique({ where: key });
    if (existing?.state === "active") return null;
    const proven = user.emailVerified !== null;
    const state = proven ? "active" : "invited";
    await tx.membership.upsert({ where: key, create: { userId: user.id, organisationId, state }, update: { state } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "membership.invited",
      subjectType: "membership",
      subjectId: `${organisationId}:${user.id}`,
      details: { organisation: organisation.slug, state },
    });
    if (proven) await notify(tx, [user.id], { key: "addedToOrganisation", params: { organisation: organisation.name }, href: "/contributions" });
    return { proven, name: user.name, locale: toLocale(user.locale) };
  });
  if (!invited) return fail("conflict", `${email} is already a member of ${organisation.name}.`, { email: ["Already a member."] });
  const mailed = await sendQuietly(email, () =>
    invited.proven
      ? mailAddedToOrganisation(email, invited.name, organisation.name, invited.locale)
      : createAuthToken(email, "invitation").then((token) => mailInvitation(email, organisation.name, token, invited.locale)),
  );
  return { ok: true, outcome: invited.proven ? "added" : "invited", mailed };
}

async function sendQuietly(email: string, send: () => Promise<void>): Promise<boolean> {
  try {
    await send();
    return true;
  } catch (error) {
    console.error(`Could not mail an invitation to ${email}:`, error instanceof Error ? error.message : error);
    return false;
  }
}

/** The invitee proved their address: the organisations that invited them now count them as members. */
export async function acceptInvitations(tx: Prisma.TransactionClient, userId: string): Promise<void> {
  const waiting = await tx.membership.findMany({ where: { userId, state: "invited" }, select: { organisationId: true } });
  if (waiting.length === 0) return;
  await tx.membership.updateMany({ where: { userId, state: "invited" }, data: { state: "active" } });
  for (const { organisationId } of waiting) {
    await recordAudit(tx, { actorId: userId, action: "membership.accepted", subjectType: "membership", subjectId: `${organisationId}:${userId}` });
  }
}
