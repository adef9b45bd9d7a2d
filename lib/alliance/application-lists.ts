import "server-only";
import { z } from "zod";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { knownPriorities, type ApplicationState, type RoadmapPriority } from "./vocabulary";

// Reading applications: an applicant sees only their own (a guessed id of
// someone else's finds nothing, as if it did not exist); staff see the queue
// and every application. Memberships for staff to manage are listed here too.

const VIEW = {
  id: true,
  kind: true,
  state: true,
  version: true,
  name: true,
  country: true,
  allianceType: true,
  website: true,
  profile: true,
  priorities: true,
  motivation: true,
  staffMessage: true,
  answer: true,
  createdAt: true,
  updatedAt: true,
  organisation: { select: { slug: true } },
  applicant: { select: { email: true, name: true } },
} satisfies Prisma.AllianceApplicationSelect;
type Row = Prisma.AllianceApplicationGetPayload<{ select: typeof VIEW }>;

export type ApplicationView = Omit<Row, "state" | "priorities" | "organisation" | "applicant"> & {
  state: ApplicationState;
  priorities: RoadmapPriority[];
  organisationSlug: string | null;
  applicant: { email: string; name: string | null } | null;
};

function toView({ organisation, priorities, state, ...row }: Row): ApplicationView {
  const known: ApplicationState = state === "more_requested" || state === "approved" || state === "declined" ? state : "pending";
  return { ...row, state: known, priorities: knownPriorities(priorities), organisationSlug: organisation?.slug ?? null };
}

/** The actor's own applications, newest first. */
export async function listOwnApplications(actor: Actor): Promise<ApplicationView[]> {
  const rows = await db.allianceApplication.findMany({ where: { applicantId: actor.id }, select: VIEW, orderBy: { createdAt: "desc" } });
  return rows.map(toView);
}

/** One application: its applicant's, or any for staff; null otherwise. */
export async function readApplication(actor: Actor | null, id: string): Promise<ApplicationView | null> {
  if (!actor || !z.uuid().safeParse(id).success) return null;
  const applicantId = actor.id;
  const where: Prisma.AllianceApplicationWhereInput = canModerate(actor) ? { id } : { id, applicantId };
  const row = await db.allianceApplication.findFirst({ where, select: VIEW });
  return row ? toView(row) : null;
}

/** One of the actor's own applications (staff included: this is the applicant's page); null for anyone else's. */
export async function readOwnApplication(actor: Actor, id: string): Promise<ApplicationView | null> {
  if (!z.uuid().safeParse(id).success) return null;
  const row = await db.allianceApplication.findFirst({ where: { id, applicantId: actor.id }, select: VIEW });
  return row ? toView(row) : null;
}

/** Staff's queue: applications waiting for a decision, oldest first, then those waiting for the applicant. Null for anyone else. */
export async function listApplicationQueue(actor: Actor | null): Promise<{ pending: ApplicationView[]; waiting: ApplicationView[] } | null> {
  if (!canModerate(actor)) return null;
  const rows = await db.allianceApplication.findMany({ where: { state: { in: ["pending", "more_requested"] } }, select: VIEW, orderBy: { updatedAt: "asc" } });
  const views = rows.map(toView);
  return { pending: views.filter((v) => v.state === "pending"), waiting: views.filter((v) => v.state === "more_requested") };
}

export type MembershipView = { organisationId: string; slug: string; name: string; country: string | null; state: string; joinedOn: string; reason: string | null };

/** Every membership, current or not, for staff; null for anyone else. */
export async function listMemberships(actor: Actor | null): Promise<MembershipView[] | null> {
  if (!canModerate(actor)) return null;
  const rows = await db.allianceMembership.findMany({ select: { state: true, joinedOn: true, reason: true, organisation: { select: { id: true, slug: true, name: true, country: true } } }, orderBy: { organisation: { name: "asc" } } });
  return rows.map((r) => ({ organisationId: r.organisation.id, slug: r.organisation.slug, name: r.organisation.name, country: r.organisation.country, state: r.state, joinedOn: r.joinedOn.toISOString().slice(0, 10), reason: r.reason }));
}

/** The member organisations whose profile the actor may ask to change (they are an active member of it). */
export async function ownMemberOrganisations(actor: Actor): Promise<{ id: string; name: string }[]> {
  if (actor.organisationIds.length === 0) return [];
  return db.organisation.findMany({ where: { id: { in: actor.organisationIds }, alliance: { is: { state: "member" } } }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** Organisations one may apply for: every one that is not a current or suspended member. */
export async function organisationsToApplyFor(): Promise<{ id: string; name: string }[]> {
  return db.organisation.findMany({
    where: { OR: [{ alliance: { is: null } }, { alliance: { is: { state: "ended" } } }] },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
}
