import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canModerate, type Actor } from "@/lib/auth/permissions";

// The append-only audit log (a trigger refuses UPDATE and DELETE). Events are
// written in the same transaction as the change they describe.

export type AuditInput = {
  actorId: string | null;
  action: string;
  subjectType: "proposal" | "entry" | "user" | "organisation" | "membership" | "import" | "alliance_application";
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
  /** The subject's title or name, when it is an entry, proposal, user or organisation that still exists. */
  subjectName: string | null;
  details: Prisma.JsonValue;
};

export type AuditFilter = {
  subjectType?: string;
  subjectIds?: string[];
  before?: bigint;
  /** Events at or after this instant. */
  from?: Date;
  /** Events before this instant. */
  until?: Date;
  actorId?: string;
};

export const AUDIT_PAGE_SIZE = 50;

/** The log, newest first, for staff; optionally one subject's events. */
export async function listAudit(
  actor: Actor | null,
  options: AuditFilter = {},
): Promise<AuditRecord[] | null> {
  if (!canModerate(actor)) return null;
  const rows = await db.auditEvent.findMany({
    where: {
      ...(options.subjectType ? { subjectType: options.subjectType } : {}),
      ...(options.subjectIds ? { subjectId: { in: options.subjectIds } } : {}),
      ...(options.before ? { id: { lt: options.before } } : {}),
      ...(options.from || options.until ? { at: { ...(options.from ? { gte: options.from } : {}), ...(options.until ? { lt: options.until } : {}) } } : {}),
      ...(options.actorId ? { actorId: options.actorId } : {}),
    },
    orderBy: { id: "desc" },
    take: AUDIT_PAGE_SIZE,
  });
  const actorIds = [...new Set(rows.flatMap((r) => (r.actorId ? [r.actorId] : [])))];
  const users = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } })).map((u) => [u.id, u.email]),
  );
  const names = await subjectNames(rows);
  return rows.map((r) => ({
    id: r.id.toString(),
    at: r.at,
    actor: r.actorId ? (users.get(r.actorId) ?? "deleted account") : "system",
    action: r.action,
    subjectType: r.subjectType,
    subjectId: r.subjectId,
    subjectName: names.get(`${r.subjectType}:${r.subjectId}`) ?? null,
    details: r.details,
  }));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The titles and names of the rows' subjects, one query per subject type, keyed "type:id". */
async function subjectNames(rows: { subjectType: string; subjectId: string }[]): Promise<Map<string, string>> {
  const idsOf = (type: string) => [...new Set(rows.filter((r) => r.subjectType === type && UUID.test(r.subjectId)).map((r) => r.subjectId))];
  const [entries, proposals, users, organisations] = await Promise.all([
    db.entry.findMany({ where: { id: { in: idsOf("entry") } }, select: { id: true, title: true } }),
    db.proposal.findMany({ where: { id: { in: idsOf("proposal") } }, select: { id: true, title: true } }),
    db.user.findMany({ where: { id: { in: idsOf("user") } }, select: { id: true, name: true, email: true } }),
    db.organisation.findMany({ where: { id: { in: idsOf("organisation") } }, select: { id: true, name: true } }),
  ]);
  return new Map([
    ...entries.map((e) => [`entry:${e.id}`, e.title] as const),
    ...proposals.map((p) => [`proposal:${p.id}`, p.title] as const),
    ...users.map((u) => [`user:${u.id}`, u.name || u.email] as const),
    ...organisations.map((o) => [`organisation:${o.id}`, o.name] as const),
  ]);
}

export type AuditActor = { id: string; label: string };

/** The people who appear in the log as actors, by name (or address), for the filter. */
export async function listAuditActors(actor: Actor | null): Promise<AuditActor[] | null> {
  if (!canModerate(actor)) return null;
  const ids = await db.auditEvent.findMany({ where: { actorId: { not: null } }, distinct: ["actorId"], select: { actorId: true } });
  const users = await db.user.findMany({
    where: { id: { in: ids.flatMap((r) => (r.actorId ? [r.actorId] : [])) } },
    select: { id: true, name: true, email: true },
  });
  return users
    .map((u) => ({ id: u.id, label: u.name ? `${u.name} (${u.email})` : u.email }))
    .sort((a, b) => a.label.localeCompare(b.label));
}
