import "server-only";
import { toEntryEvidence, type EntryEvidence } from "@/lib/evidence/levels";
import { db } from "@/lib/db";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { parseStoredContent } from "./content";
import { diffContent, type FieldChange } from "./fields";

// Every published version of an entry, who approved it and when (staff only).

export type VersionView = { version: number; approvedBy: string; createdAt: Date; proposalId: string | null };

export type EntryHistory = {
  id: string;
  slug: string;
  title: string;
  archived: { at: Date; reason: string | null; successor: { slug: string; title: string } | null } | null;
  evidence: EntryEvidence;
  versions: VersionView[];
};

export async function getEntryHistory(actor: Actor | null, slug: string): Promise<EntryHistory | null> {
  if (!canModerate(actor)) return null;
  const entry = await db.entry.findUnique({
    where: { slug },
    include: { versions: { orderBy: { version: "desc" } }, archiveSuccessor: { select: { slug: true, title: true } }, evidence: true },
  });
  if (!entry) return null;
  const approvers = new Map(
    (
      await db.user.findMany({
        where: { id: { in: entry.versions.flatMap((v) => (v.approvedById ? [v.approvedById] : [])) } },
        select: { id: true, email: true },
      })
    ).map((u) => [u.id, u.email]),
  );
  return {
    id: entry.id,
    slug: entry.slug,
    title: entry.title,
    archived: entry.archivedAt ? { at: entry.archivedAt, reason: entry.archiveReason, successor: entry.archiveSuccessor } : null,
    evidence: toEntryEvidence(entry.evidence),
    versions: entry.versions.map((v) => ({
      version: v.version,
      approvedBy: v.approvedById ? (approvers.get(v.approvedById) ?? "deleted account") : "catalogue import",
      createdAt: v.createdAt,
      proposalId: v.proposalId,
    })),
  };
}

export type VersionDetail = VersionView & {
  slug: string;
  title: string;
  /** This version against the one before it (against nothing for the first). */
  changes: FieldChange[];
  previousVersion: number | null;
};

/** One published version of an entry and what it changed. */
export async function getEntryVersion(actor: Actor | null, slug: string, version: number): Promise<VersionDetail | null> {
  if (!canModerate(actor)) return null;
  const entry = await db.entry.findUnique({ where: { slug }, select: { id: true, slug: true, title: true } });
  if (!entry) return null;
  const [current, previous] = await db.entryVersion.findMany({
    where: { entryId: entry.id, version: { lte: version } },
    orderBy: { version: "desc" },
    take: 2,
  });
  if (!current || current.version !== version) return null;
  const approver = current.approvedById
    ? await db.user.findUnique({ where: { id: current.approvedById }, select: { email: true } })
    : null;
  return {
    slug: entry.slug,
    title: entry.title,
    version,
    approvedBy: current.approvedById ? (approver?.email ?? "deleted account") : "catalogue import",
    createdAt: current.createdAt,
    proposalId: current.proposalId,
    changes: diffContent(previous ? parseStoredContent(previous.content) : null, parseStoredContent(current.content)),
    previousVersion: previous?.version ?? null,
  };
}
