import "server-only";
import { z } from "zod";
import { recordAudit } from "@/lib/audit/audit";
import { canManageUsers, ROLE_GRANTS, ROLES, type Actor, type Role } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { fail, invalid, type Result } from "@/lib/result";
import { USER_IDENTITY } from "./user-identity";

// Users and their roles, for administrators only.

export type UserRow = { id: string; email: string; name: string | null; role: string; verified: boolean; organisations: string[]; createdAt: Date; deactivatedAt: Date | null };

const PAGE_SIZE = 50;

export const userSearchSchema = z.object({
  q: z.string().trim().max(254).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
  /** "" for every role. */
  role: z.union([z.enum(ROLES), z.literal("")]).catch(""),
});

export type UserList = { users: UserRow[]; total: number; page: number; pageSize: number; q: string; role: Role | "" };

export async function listUsers(actor: Actor | null, input: unknown): Promise<UserList | null> {
  if (!canManageUsers(actor)) return null;
  const { q, page, role } = userSearchSchema.parse(input);
  const where = { ...(q ? { email: { contains: q.toLowerCase() } } : {}), ...(role ? { role } : {}) };
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: { email: "asc" },
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        ...USER_IDENTITY,
        emailVerified: true,
        createdAt: true,
        deactivatedAt: true,
        memberships: { where: { state: "active" }, select: { organisation: { select: { name: true } } } },
      },
    }),
    db.user.count({ where }),
  ]);
  const users = rows.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    role: u.role,
    verified: u.emailVerified !== null,
    createdAt: u.createdAt,
    deactivatedAt: u.deactivatedAt,
    organisations: u.memberships.map((m) => m.organisation.name),
  }));
  return { users, total, page, pageSize: PAGE_SIZE, q, role };
}

// A change of role is confirmed with a ticked box ("yes"), since it grants or takes away powers at once.
export const changeRoleSchema = z.object({ userId: z.uuid(), role: z.enum(ROLES, "Choose a role."), confirm: z.literal("yes").optional().catch(undefined) });

export async function changeUserRole(actor: Actor | null, input: unknown): Promise<Result> {
  if (!canManageUsers(actor)) return fail("forbidden", "Only administrators can change roles.");
  const parsed = changeRoleSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { userId, role, confirm } = parsed.data;
  // Taking one's own admin role away could leave the site with no administrator.
  if (userId === actor.id) return fail("forbidden", "You cannot change your own role. Ask another administrator.");
  const changed = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { role: true } });
    if (!user) return null;
    if (user.role === role) return true;
    if (confirm !== "yes") return "unconfirmed";
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, { actorId: actor.id, action: "user.role_changed", subjectType: "user", subjectId: userId, details: { from: user.role, to: role } });
    return true;
  });
  if (changed === "unconfirmed") {
    return fail("invalid", `Tick the box to confirm: ${ROLE_GRANTS[role]}`, { confirm: ["Tick this box to confirm the change of role."] });
  }
  return changed ? { ok: true } : fail("not_found", "This user does not exist any more.");
}

// Deactivating a user keeps their entries and proposals, refuses their sign-in
// (lib/auth/sign-in.ts) and ends their sessions: loadActor refuses a deactivated
// user, and the new session version keeps old sessions ended after reactivation.
export const userActiveSchema = z.object({ userId: z.uuid(), active: z.enum(["yes", "no"]), confirm: z.literal("yes").optional().catch(undefined) });

export async function setUserActive(actor: Actor | null, input: unknown): Promise<Result<{ active: boolean }>> {
  if (!canManageUsers(actor)) return fail("forbidden", "Only administrators can deactivate users.");
  const parsed = userActiveSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error);
  const { userId, confirm } = parsed.data;
  const active = parsed.data.active === "yes";
  if (userId === actor.id) return fail("forbidden", "You cannot deactivate yourself. Ask another administrator.");
  if (confirm !== "yes") {
    const message = active ? "Tick the box to confirm: they can sign in again." : "Tick the box to confirm: they are signed out and cannot sign in.";
    return fail("invalid", message, { confirm: ["Tick this box to confirm."] });
  }
  const done = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { deactivatedAt: true } });
    if (!user) return false;
    if ((user.deactivatedAt === null) === active) return true;
    await tx.user.update({
      where: { id: userId },
      data: active ? { deactivatedAt: null } : { deactivatedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    await recordAudit(tx, { actorId: actor.id, action: active ? "user.reactivated" : "user.deactivated", subjectType: "user", subjectId: userId });
    return true;
  });
  return done ? { ok: true, active } : fail("not_found", "This user does not exist any more.");
}
