import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canModerate, type Actor } from "@/lib/auth/permissions";

// The append-only audit log (a trigger refuses UPDATE and DELETE). Events are
// written in the same transaction as the change they describe.

export type AuditInput = {
  actorId: string | null;
  action: string;
  subjectType: "proposal" | "entry" | "user" | "organisation" | "membership" | "import";
  subjectId: string;
  details?: Prisma.InputJsonObject;
};

export async function recordAudit(tx: Prisma.TransactionClient, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: { ...event, details: event.details ?? {} } });
}

export type AuditRecord = {
  id: string;
  at: Date;
  actor: string;
  action: string;
  subjectType: string;
  subjectId: string;
  details: Prisma.JsonValue;
};

export const AUDIT_PAGE_SIZE = 50;

/** The log, newest first, for staff; optionally one subject's events. */
export async function listAudit(
  actor: Actor | null,
  options: { subjectType?: string; subjectIds?: string[]; before?: bigint } = {},
): Promise<AuditRecord[] | null> {
  if (!canModerate(actor)) return null;
  const rows = await db.auditEvent.findMany({
    where: {
      ...(options.subjectType ? { subjectType: options.subjectType } : {}),
      ...(options.subjectIds ? { subjectId: { in: options.subjectIds } } : {}),
      ...(options.before ? { id: { lt: options.before } } : {}),
    },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE,
  });
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const users = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]),
  );
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    actor: r.actorId ? (users.get(r.actorId) ?? "deleted account") : "system",
    action: r.action,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    details: r.details,
  }));
}
