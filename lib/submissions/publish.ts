import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { toEntryRow } from "@/lib/catalogue/rows";
import { catalogueIndex } from "@/lib/search";
import { enqueueIndexChange } from "@/lib/search/outbox/enqueue";
import { recordAudit } from "@/lib/audit/audit";
import { ALERTS_JOB_NAME } from "@/lib/alerts/digests";
import { requestJobRun } from "@/lib/jobs/runner";
import { entryToContent } from "./content";
import type { ProposalContent } from "./schema";
import { firstFreeSlug, slugify } from "./slug";

// Applying approved content to the published catalogue, inside the caller's
// transaction: entry, links, version history, audit, search index and the
// outbox row of an external search engine commit together or not at all.

type Approval = {
  proposalId: string;
  entryId: string | null;
  organisationId: string;
  content: ProposalContent;
  approvedById: string;
};

async function freeSlug(tx: Prisma.TransactionClient, title: string): Promise<string> {
  const base = slugify(title);
  const taken = await tx.entry.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } });
  return firstFreeSlug(base, new Set(taken.map((e) => e.slug)));
}

async function replaceLinks(tx: Prisma.TransactionClient, entryId: string, content: ProposalContent, organisationEntryId: string | null) {
  await tx.entryLink.deleteMany({ where: { fromId: entryId } });
  // Each entry once, in its first role: a target linked twice would be listed twice.
  const wanted = content.links.filter((l, i) => content.links.findIndex((m) => m.slug === l.slug) === i);
  // An entry names the organisation that contributed it, unless it is that organisation or names it already.
  if (organisationEntryId && organisationEntryId !== entryId && !wanted.some((l) => l.role === "organisation")) {
    const organisation = await tx.entry.findUnique({ where: { id: organisationEntryId }, select: { slug: true } });
    if (organisation) {
      const named = wanted.findIndex((l) => l.slug === organisation.slug);
      if (named === -1) wanted.push({ role: "organisation", slug: organisation.slug });
      else if (wanted[named]?.role === "related") wanted[named] = { role: "organisation", slug: organisation.slug };
    }
  }
  const targets = await tx.entry.findMany({ where: { slug: { in: wanted.map((l) => l.slug) }, archivedAt: null }, select: { id: true, slug: true } });
  const ids = new Map(targets.map((t) => [t.slug, t.id]));
  const rows = wanted.flatMap((l) => {
    const toId = ids.get(l.slug);
    return toId && toId !== entryId ? [{ fromId: entryId, toId, role: l.role }] : [];
  });
  await tx.entryLink.createMany({ data: rows, skipDuplicates: true });
}

/**
 * Makes published entries searchable, in the caller's transaction. Writing
 * search documents bumps the search generation (a trigger on search_documents),
 * which locks its one row until commit, so a long transaction of
 * many publications (a bulk import) defers this to its end, in one statement:
 * holding that lock for minutes would make every approval meanwhile wait.
 */
export async function indexPublished(tx: Prisma.TransactionClient, entryIds: string[]): Promise<void> {
  if (entryIds.length === 0) return;
  await catalogueIndex().index(entryIds, tx);
  await enqueueIndexChange(tx, entryIds, "index");
  // Saved searches hear of it at the runners' next round, not at the next regular run.
  await requestJobRun(ALERTS_JOB_NAME, tx);
}

/** Publishes approved content; returns the entry's id, slug and new version. With `deferIndexing`, the caller calls indexPublished. */
export async function publishContent(
  tx: Prisma.TransactionClient,
  approval: Approval,
  options: { deferIndexing?: boolean } = {},
): Promise<{ entryId: string; slug: string; version: number }> {
  const organisation = await tx.organisation.findUnique({ where: { id: approval.organisationId }, select: { entryId: true } });
  // Published content was just written by the organisation and reviewed by a
  // moderator: it counts as verified now (ADR 011). updatedAt follows by @updatedAt.
  const publishedAt = new Date();
  let entryId: string;
  let slug: string;
  let version: number;
  if (approval.entryId) {
    // Lock the row: concurrent approvals of different proposals apply one after the other.
    const [current] = await tx.$queryRaw<{ slug: string; version: number }[]>`
      SELECT slug, version FROM entries WHERE id = ${approval.entryId}::uuid FOR UPDATE`;
    if (!current) throw new Error("The entry of this proposal no longer exists");
    const before = await tx.entry.findUniqueOrThrow({
      where: { id: approval.entryId },
      include: { linksFrom: { select: { role: true, to: { select: { slug: true } } } } },
    });
    // Catalogue entries start without history: keep what they were before their first edit.
    const history = await tx.entryVersion.count({ where: { entryId: approval.entryId } });
    if (history === 0) {
      await tx.entryVersion.create({
        data: { entryId: approval.entryId, version: current.version, content: entryToContent(before, before.linksFrom) },
      });
    }
    slug = current.slug;
    version = current.version + 1;
    entryId = approval.entryId;
    await tx.entry.update({
      where: { id: entryId },
      data: { ...toEntryRow({ ...approval.content, slug }), version, archivedAt: null, archiveReason: null, lastVerifiedAt: publishedAt },
    });
  } else {
    slug = await freeSlug(tx, approval.content.title);
    version = 1;
    const created = await tx.entry.create({
      data: { ...toEntryRow({ ...approval.content, slug }), origin: "contribution", organisationId: approval.organisationId, lastVerifiedAt: publishedAt },
    });
    entryId = created.id;
  }
  await replaceLinks(tx, entryId, approval.content, organisation?.entryId ?? null);
  await tx.entryVersion.create({
    data: { entryId, version, content: approval.content, proposalId: approval.proposalId, approvedById: approval.approvedById },
  });
  await recordAudit(tx, {
    actorId: approval.approvedById,
    action: version === 1 ? "entry.published" : "entry.updated",
    subjectType: "entry",
    subjectId: entryId,
    details: { slug, version, proposal: approval.proposalId },
  });
  if (!options.deferIndexing) await indexPublished(tx, [entryId]);
  return { entryId, slug, version };
}
