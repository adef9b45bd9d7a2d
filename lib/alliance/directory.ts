import "server-only";
import { db, sqlRows } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { DirectoryQuery } from "./directory-query";
import { isAllianceType, knownPriorities, type AllianceType, type RoadmapPriority } from "./vocabulary";

// The public directory of the Alliance: organisations whose membership is
// current ("member"), never suspended or ended ones, with what may be shown
// of them. The relay's address never leaves lib/contact: a member says only
// which of its entries takes messages.

export type EntryLink = { slug: string; title: string };

export type DirectoryMember = {
  slug: string;
  name: string;
  country: string | null;
  type: AllianceType | null;
  /** YYYY-MM-DD */
  joinedOn: string;
  profile: string | null;
  website: string | null;
  priorities: RoadmapPriority[];
  /** The published entries it owns, by title. */
  entries: EntryLink[];
  /** An owned entry whose contact form relays to the organisation; null when none takes messages. */
  contactEntry: string | null;
};

export type DirectoryCount = { value: string; count: number };
export type Directory = { members: DirectoryMember[]; total: number; byCountry: DirectoryCount[]; byType: DirectoryCount[] };

const CURRENT: Prisma.OrganisationWhereInput = { alliance: { is: { state: "member" } } };

const MEMBER_SELECT = {
  slug: true,
  name: true,
  country: true,
  allianceType: true,
  profile: true,
  website: true,
  priorities: true,
  contactEmail: true,
  alliance: { select: { joinedOn: true } },
  entries: { where: { archivedAt: null }, select: { slug: true, title: true, contactEnabled: true }, orderBy: { title: "asc" } },
} satisfies Prisma.OrganisationSelect;

type MemberRow = Prisma.OrganisationGetPayload<{ select: typeof MEMBER_SELECT }>;

function toMember(row: MemberRow): DirectoryMember {
  const contact = row.contactEmail ? row.entries.find((e) => e.contactEnabled) : undefined;
  return {
    slug: row.slug,
    name: row.name,
    country: row.country,
    type: isAllianceType(row.allianceType) ? row.allianceType : null,
    joinedOn: (row.alliance?.joinedOn ?? new Date(0)).toISOString().slice(0, 10),
    profile: row.profile,
    website: row.website,
    priorities: knownPriorities(row.priorities),
    entries: row.entries.map(({ slug, title }) => ({ slug, title })),
    contactEntry: contact?.slug ?? null,
  };
}

function counts(values: (string | null)[]): DirectoryCount[] {
  const tally = new Map<string, number>();
  for (const value of values) if (value) tally.set(value, (tally.get(value) ?? 0) + 1);
  return [...tally].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
}

/** The current members matching the filters, by name, and the counts by country and type of all current members. */
export async function listAllianceMembers(query: DirectoryQuery = {}): Promise<Directory> {
  const where: Prisma.OrganisationWhereInput = {
    ...CURRENT,
    ...(query.country ? { country: query.country } : {}),
    ...(query.type ? { allianceType: query.type } : {}),
  };
  const [rows, all] = await Promise.all([
    db.organisation.findMany({ where, select: MEMBER_SELECT, orderBy: { name: "asc" } }),
    db.organisation.findMany({ where: CURRENT, select: { country: true, allianceType: true } }),
  ]);
  return {
    members: rows.map(toMember),
    total: all.length,
    byCountry: counts(all.map((o) => o.country)),
    byType: counts(all.map((o) => o.allianceType)),
  };
}

/** Whether an organisation is a current member: its entries and card carry the badge. */
export async function isAllianceMember(organisationId: string | null): Promise<boolean> {
  if (!organisationId) return false;
  const membership = await db.allianceMembership.findUnique({ where: { organisationId }, select: { state: true } });
  return membership?.state === "member";
}

/** The current member that owns a published entry, for the badge on its page; null when its owner is not one. */
export async function memberOwningEntry(slug: string): Promise<{ name: string; slug: string } | null> {
  // Raw SQL: every entry page asks, and the ORM's query compiler costs more CPU than the query (issue 15).
  const rows = await sqlRows<{ name: string; slug: string }>(Prisma.sql`
    SELECT o.name, o.slug
    FROM entries e
    JOIN organisations o ON o.id = e.organisation_id
    JOIN alliance_memberships m ON m.organisation_id = o.id AND m.state = 'member'
    WHERE e.slug = ${slug} AND e.archived_at IS NULL`, { prepared: true });
  return rows[0] ?? null;
}
