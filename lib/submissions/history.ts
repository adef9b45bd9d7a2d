import "server-only";
import { db } from "@/lib/db";
import { canModerate, type Actor } from "@/lib/auth/permissions";

// Every published version of an entry, who approved it and when (staff only).

export type VersionView = { version: number; approvedBy: string; createdAt: Date; proposalId: string | null };

export type EntryHistory = {
  id: string;
  slug: string;
  title: string;
  archived: { at: Date; reason: string | null } | null;
  versions: VersionView[];
};

export async function getEntryHistory(actor: Actor | null, slug: string): Promise<EntryHistory | null> {
  if (!canModerate(actor)) return null;
  const entry = await db.entry.findUnique({
    where: { slug },
    include: { versions: { orderBy: { version: "desc" } } },
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
    archived: entry.archivedAt ? { at: entry.archivedAt, reason: entry.archiveReason } : null,
    versions: entry.versions.map((v) => ({
      version: v.version,
      approvedBy: v.approvedById ? (approvers.get(v.approvedById) ?? "deleted account") : "catalogue import",
      createdAt: v.createdAt,
      proposalId: v.proposalId,
    })),
  };
}
