import "server-only";
import { recordAudit } from "@/lib/audit/audit";
import { canManageMembers, canManageUsers, type Actor } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fail, invalid, type Result } from "@/lib/result";
import { organisationSchema } from "./schema";

// Organisations as staff manage them: the list with member counts, one
// organisation's members, pending requests; creating one is for admins.

export type OrganisationSummary = { id: string; slug: string; name: string; country: string | null; members: number; requests: number };
export type MemberView = { userId: string; email: string; name: string | null; state: string; since: Date };
export type RequestView = MemberView & { organisationId: string; organisationSlug: string; organisationName: string };

export async function listOrganisationsForStaff(actor: Actor | null): Promise<OrganisationSummary[] | null> {
  if (!canManageMembers(actor)) return null;
  const [organisations, counts] = await Promise.all([
    db.organisation.findMany({ select: { id: true, slug: true, name: true, country: true }, orderBy: { name: "asc" } }),
    db.membership.groupBy({ by: ["organisationId", "state"], _count: { _all: true } }),
  ]);
  const count = (id: string, state: string) => counts.find((c) => c.organisationId === id && c.state === state)?._count._all ?? 0;
  return organisations.map((o) => ({ ...o, members: count(o.id, "active"), requests: count(o.id, "requested") }));
}

export async function listMembershipRequests(actor: Actor | null): Promise<RequestView[] | null> {
  if (!canManageMembers(actor)) return null;
  const rows = await db.membership.findMany({
    where: { state: "requested" },
    orderBy: { createdAt: "asc" },
    select: {
      state: true,
      createdAt: true,
      user: { select: { id: true, email: true, name: true } },
      organisation: { select: { id: true, slug: true, name: true } },
    },
  });
  return rows.map((r) => ({
    userId: r.user.id,
    email: r.user.email,
    name: r.user.name,
    state: r.state,
    since: r.createdAt,
    organisationId: r.organisation.id,
    organisationSlug: r.organisation.slug,
    organisationName: r.organisation.name,
  }));
}

export async function getOrganisationMembers(
  actor: Actor | null,
  slug: string,
): Promise<{ id: string; slug: string; name: string; country: string | null; contactEmail: string | null; members: MemberView[] } | null> {
  if (!canManageMembers(actor)) return null;
  const organisation = await db.organisation.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      name: true,
      country: true,
      // For staff only, on the organisation's admin page; never on a public one (lib/contact).
      contactEmail: true,
      memberships: { orderBy: { createdAt: "asc" }, select: { state: true, createdAt: true, user: { select: { id: true, email: true, name: true } } } },
    },
  });
  if (!organisation) return null;
  const { memberships, ...rest } = organisation;
  return {
    ...rest,
    members: memberships.map((m) => ({ userId: m.user.id, email: m.user.email, name: m.user.name, state: m.state, since: m.createdAt })),
  };
}

export async function createOrganisation(actor: Actor | null, input: unknown): Promise<Result<{ slug: string }>> {
  if (!canManageUsers(actor)) return fail("forbidden", "Only administrators can create organisations.");
  const parsed = organisationSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { name, slug, country } = parsed.data;
  if (await db.organisation.findUnique({ where: { slug } })) {
    return fail("conflict", "This short name is taken.", { slug: ["Another organisation uses this short name; choose another."] });
  }
  await db.$transaction(async (tx) => {
    const organisation = await tx.organisation.create({ data: { name, slug, country } });
    await recordAudit(tx, { actorId: actor.id, action: "organisation.created", subjectType: "organisation", subjectId: organisation.id, details: { name, slug, country } });
  });
  return { ok: true, slug };
}
