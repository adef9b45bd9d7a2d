import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { fail, invalid, type Failure, type Result } from "@/lib/result";
import { asciiSlug } from "@/lib/submissions/slug";
import { answerSchema, APPLICATION_CHANGED, APPLICATION_GONE, approveSchema, askMoreSchema, declineSchema } from "./application-schema";
import { applicationPath } from "./apply";
import { queueAllianceMail, sentSoon } from "./mails";

// Alliance staff (moderators and admins) decide on applications: approve,
// ask for more, or decline with a reason; the applicant answers a request
// for more, which returns the application to the queue. Each step locks the
// application and checks the version the form was shown with, so of two
// staff deciding at once (or a decision crossing an answer) the second is
// told instead of overwriting. Every step is audited and mailed, in the
// same transaction.

export const ONLY_STAFF_DECIDE = "Only Alliance staff decide on applications.";
export const ALREADY_DECIDED = APPLICATION_CHANGED;

const APPLICATION = {
  id: true,
  kind: true,
  state: true,
  version: true,
  applicantId: true,
  organisationId: true,
  name: true,
  country: true,
  allianceType: true,
  website: true,
  profile: true,
  priorities: true,
} satisfies Prisma.AllianceApplicationSelect;
type Application = Prisma.AllianceApplicationGetPayload<{ select: typeof APPLICATION }>;

/** The application, locked until the transaction ends, when it is in one of `states` at `version`. */
async function lockApplication(tx: Prisma.TransactionClient, id: string, version: number, states: string[]): Promise<Result<{ application: Application }>> {
  const [locked] = await tx.$queryRaw<{ state: string; version: number }[]>`
    SELECT state, version FROM alliance_applications WHERE id = ${id}::uuid FOR UPDATE`;
  if (!locked) return fail("not_found", APPLICATION_GONE);
  if (locked.version !== version || !states.includes(locked.state)) return fail("conflict", ALREADY_DECIDED);
  return { ok: true, application: await tx.allianceApplication.findUniqueOrThrow({ where: { id }, select: APPLICATION }) };
}

async function freeSlug(tx: Prisma.TransactionClient, name: string): Promise<string> {
  const base = asciiSlug(name) || "organisation";
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base.slice(0, 75)}-${n}`;
    if (!(await tx.organisation.findUnique({ where: { slug }, select: { id: true } }))) return slug;
  }
}

type Decided = Result<{ applicationId: string; organisationSlug?: string }>;

export async function approveApplication(actor: Actor | null, input: unknown): Promise<Decided> {
  if (!canModerate(actor)) return fail("forbidden", ONLY_STAFF_DECIDE);
  const parsed = approveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  return sentSoon(db.$transaction(async (tx): Promise<Decided | Failure> => {
    const locked = await lockApplication(tx, parsed.data.applicationId, parsed.data.version, ["pending"]);
    if (!locked.ok) return locked;
    const { application: a } = locked;
    const profile = { allianceType: a.allianceType, website: a.website, profile: a.profile, priorities: a.priorities };
    let organisationId = a.organisationId;
    if (a.kind === "profile") {
      const membership = organisationId ? await tx.allianceMembership.findUnique({ where: { organisationId } }) : null;
      if (!organisationId || membership?.state !== "member") return fail("conflict", "This organisation is no longer a member; decline the change instead.");
      await tx.organisation.update({ where: { id: organisationId }, data: profile });
    } else {
      if (organisationId) await tx.organisation.update({ where: { id: organisationId }, data: profile });
      else organisationId = (await tx.organisation.create({ data: { slug: await freeSlug(tx, a.name), name: a.name, country: a.country, ...profile }, select: { id: true } })).id;
      const today = new Date(new Date().toISOString().slice(0, 10));
      await tx.allianceMembership.upsert({
        where: { organisationId },
        create: { organisationId, joinedOn: today },
        update: { state: "member", joinedOn: today, reason: null, changedAt: new Date() },
      });
      if (a.applicantId) {
        const key = { userId_organisationId: { userId: a.applicantId, organisationId } };
        await tx.membership.upsert({ where: key, create: { userId: a.applicantId, organisationId, state: "active" }, update: { state: "active" } });
      }
    }
    await tx.allianceApplication.update({
      where: { id: a.id },
      data: { state: "approved", organisationId, decidedAt: new Date(), decidedById: actor.id, version: { increment: 1 }, updatedAt: new Date() },
    });
    const organisation = await tx.organisation.findUniqueOrThrow({ where: { id: organisationId }, select: { slug: true } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: a.kind === "profile" ? "alliance.profile_change_approved" : "alliance.application_approved",
      subjectType: "alliance_application",
      subjectId: a.id,
      details: { organisation: a.name, slug: organisation.slug },
    });
    await queueAllianceMail(tx, a.applicantId ? [a.applicantId] : [], a.kind === "profile" ? "profileApproved" : "approved", { organisation: a.name }, "/alliance");
    return { ok: true, applicationId: a.id, organisationSlug: organisation.slug };
  }));
}

export async function askForMore(actor: Actor | null, input: unknown): Promise<Decided> {
  if (!canModerate(actor)) return fail("forbidden", ONLY_STAFF_DECIDE);
  const parsed = askMoreSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { applicationId, version, message } = parsed.data;
  return sentSoon(db.$transaction(async (tx): Promise<Decided | Failure> => {
    const locked = await lockApplication(tx, applicationId, version, ["pending"]);
    if (!locked.ok) return locked;
    const { application: a } = locked;
    await tx.allianceApplication.update({ where: { id: a.id }, data: { state: "more_requested", staffMessage: message, version: { increment: 1 }, updatedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: "alliance.more_requested", subjectType: "alliance_application", subjectId: a.id, details: { organisation: a.name, message } });
    await queueAllianceMail(tx, a.applicantId ? [a.applicantId] : [], "moreRequested", { organisation: a.name, message }, applicationPath(a.id));
    return { ok: true, applicationId: a.id };
  }));
}

export async function declineApplication(actor: Actor | null, input: unknown): Promise<Decided> {
  if (!canModerate(actor)) return fail("forbidden", ONLY_STAFF_DECIDE);
  const parsed = declineSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { applicationId, version, reason } = parsed.data;
  return sentSoon(db.$transaction(async (tx): Promise<Decided | Failure> => {
    const locked = await lockApplication(tx, applicationId, version, ["pending", "more_requested"]);
    if (!locked.ok) return locked;
    const { application: a } = locked;
    await tx.allianceApplication.update({
      where: { id: a.id },
      data: { state: "declined", staffMessage: reason, decidedAt: new Date(), decidedById: actor.id, version: { increment: 1 }, updatedAt: new Date() },
    });
    await recordAudit(tx, { actorId: actor.id, action: "alliance.application_declined", subjectType: "alliance_application", subjectId: a.id, details: { organisation: a.name, reason } });
    await queueAllianceMail(tx, a.applicantId ? [a.applicantId] : [], "declined", { organisation: a.name, message: reason }, applicationPath(a.id));
    return { ok: true, applicationId: a.id };
  }));
}

/** The applicant answers staff's question; the application goes back to the queue. Anyone else finds nothing. */
export async function answerApplication(actor: Actor | null, input: unknown): Promise<Decided> {
  if (!actor) return fail("not_found", APPLICATION_GONE);
  const parsed = answerSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { applicationId, version, answer } = parsed.data;
  return sentSoon(db.$transaction(async (tx): Promise<Decided | Failure> => {
    const owner = await tx.allianceApplication.findFirst({ where: { id: applicationId, applicantId: actor.id }, select: { id: true } });
    if (!owner) return fail("not_found", APPLICATION_GONE);
    const locked = await lockApplication(tx, applicationId, version, ["more_requested"]);
    if (!locked.ok) return locked;
    const { application: a } = locked;
    await tx.allianceApplication.update({ where: { id: a.id }, data: { state: "pending", answer, version: { increment: 1 }, updatedAt: new Date() } });
    await recordAudit(tx, { actorId: actor.id, action: "alliance.answered", subjectType: "alliance_application", subjectId: a.id, details: { organisation: a.name, answer } });
    await queueAllianceMail(tx, [actor.id], "answered", { organisation: a.name }, applicationPath(a.id));
    return { ok: true, applicationId: a.id };
  }));
}
