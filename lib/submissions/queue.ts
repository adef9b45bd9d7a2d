import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { canModerate, type Actor } from "@/lib/auth/permissions";
import { countrySchema, kindSchema } from "@/lib/catalogue/schema";
import { proposalHeading, type ProposalHeading } from "./proposal-heading";
import { AWAITING_REVIEW } from "./schema";

// The moderation queue: what waits for review, oldest first.

export const queueFilterSchema = z.object({
  kind: kindSchema.optional().catch(undefined),
  country: countrySchema.optional().catch(undefined),
  /** Only proposals that have waited at least this many days. */
  minDays: z.coerce.number().int().min(1).max(365).optional().catch(undefined),
});
export type QueueFilter = z.output<typeof queueFilterSchema>;

export type QueueItem = ProposalHeading & { countries: string[]; submittedAt: Date };

const DAY_MS = 86_400_000;

export async function listQueue(actor: Actor | null, filter: QueueFilter, now = new Date()): Promise<QueueItem[] | null> {
  if (!canModerate(actor)) return null;
  const rows = await db.proposal.findMany({
    where: {
      state: { in: AWAITING_REVIEW },
      ...(filter.kind ? { kind: filter.kind } : {}),
      ...(filter.country ? { countries: { has: filter.country } } : {}),
      ...(filter.minDays ? { submittedAt: { lte: new Date(now.getTime() - filter.minDays * DAY_MS) } } : {}),
    },
    include: { organisation: { select: { name: true } } },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: 500,
  });
  return rows.map((r) => ({ ...proposalHeading(r), countries: r.countries, submittedAt: r.submittedAt ?? r.updatedAt }));
}

export { waitedFor } from "./waiting";
