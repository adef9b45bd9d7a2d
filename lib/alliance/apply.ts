import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import type { Actor } from "@/lib/auth/permissions";
import { belongsTo } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fail, invalid, type Failure, type Result } from "@/lib/result";
import { joinApplicationSchema, NEW_ORGANISATION, profileChangeSchema } from "./application-schema";
import { queueAllianceMail, sentSoon } from "./mails";

// A signed-in person applies to the Alliance on behalf of an organisation:
// one that exists (any organisation; staff judge whether the applicant speaks
// for it) or a new one, created only when staff approve. A member's active
// members ask to change its profile the same way. One open application per
// person and organisation (or new name); each is audited and acknowledged by mail.

export const SIGN_IN_TO_APPLY = "Sign in to apply to the Alliance.";
export const ALREADY_MEMBER = "This organisation is already a member of the Alliance.";
export const ALREADY_APPLIED = "You have an open application for this organisation. Staff will decide on it first.";
export const ONLY_MEMBERS_CHANGE_PROFILE = "Only active members of a member organisation can ask to change its profile.";

export function applicationPath(id: string): string {
  return `/alliance/applications/${id}`;
}

type Applied = Result<{ applicationId: string }>;

export async function applyToAlliance(actor: Actor | null, input: unknown): Promise<Applied> {
  if (!actor) return fail("forbidden", SIGN_IN_TO_APPLY);
  const parsed = joinApplicationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { organisation: chosen, name, country, type, website, profile, priorities, motivation } = parsed.data;
  return sentSoon(db.$transaction(async (tx): Promise<Applied | Failure> => {
    let organisation: { id: string; name: string; country: string | null } | null = null;
    if (chosen !== NEW_ORGANISATION) {
      const found = await tx.organisation.findUnique({ where: { id: chosen }, select: { id: true, name: true, country: true, alliance: { select: { state: true } } } });
      if (!found) return fail("not_found", "This organisation does not exist.", { organisation: ["Choose an organisation."] });
      if (found.alliance && found.alliance.state !== "ended") return fail("conflict", ALREADY_MEMBER, { organisation: [ALREADY_MEMBER] });
      organisation = found;
    }
    const open = await tx.allianceApplication.count({
      where: {
        applicantId: actor.id,
        state: { in: ["pending", "more_requested"] },
        ...(organisation ? { organisationId: organisation.id } : { organisationId: null, name: { equals: name, mode: "insensitive" } }),
      },
    });
    if (open > 0) return fail("conflict", ALREADY_APPLIED);
    const application = await tx.allianceApplication.create({
      data: {
        kind: "join",
        applicantId: actor.id,
        organisationId: organisation?.id ?? null,
        name: organisation?.name ?? name,
        country: organisation ? organisation.country : country,
        allianceType: type,
        website,
        profile,
        priorities,
        motivation,
      },
      select: { id: true, name: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "alliance.applied",
      subjectType: "alliance_application",
      subjectId: application.id,
      details: { organisation: application.name, existing: organisation !== null },
    });
    await queueAllianceMail(tx, [actor.id], "received", { organisation: application.name }, applicationPath(application.id));
    return { ok: true, applicationId: application.id };
  }));
}

export async function proposeProfileChange(actor: Actor | null, input: unknown): Promise<Applied> {
  if (!actor) return fail("forbidden", SIGN_IN_TO_APPLY);
  const parsed = profileChangeSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { organisationId, type, website, profile, priorities, motivation } = parsed.data;
  if (!belongsTo(actor, organisationId)) return fail("forbidden", ONLY_MEMBERS_CHANGE_PROFILE);
  return sentSoon(db.$transaction(async (tx): Promise<Applied | Failure> => {
    const organisation = await tx.organisation.findUnique({ where: { id: organisationId }, select: { name: true, country: true, alliance: { select: { state: true } } } });
    if (!organisation || organisation.alliance?.state !== "member") return fail("forbidden", ONLY_MEMBERS_CHANGE_PROFILE);
    const open = await tx.allianceApplication.count({ where: { applicantId: actor.id, organisationId, state: { in: ["pending", "more_requested"] } } });
    if (open > 0) return fail("conflict", ALREADY_APPLIED);
    const application = await tx.allianceApplication.create({
      data: { kind: "profile", applicantId: actor.id, organisationId, name: organisation.name, country: organisation.country, allianceType: type, website, profile, priorities, motivation },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "alliance.profile_change_proposed",
      subjectType: "alliance_application",
      subjectId: application.id,
      details: { organisation: organisation.name },
    });
    await queueAllianceMail(tx, [actor.id], "received", { organisation: organisation.name }, applicationPath(application.id));
    return { ok: true, applicationId: application.id };
  }));
}
