import "server-only";
import { db } from "@/lib/db";
import { ROLES, type Actor, type Role } from "./permissions";

function toRole(value: string): Role {
  return ROLES.find((role) => role === value) ?? "member";
}

/**
 * The user as the database knows them now: role and active memberships are
 * read on every call, so a demotion or removal takes effect at once whatever
 * a session cookie still says. Null when the user no longer exists, or when
 * the session was issued under an older session version.
 */
export async function loadActor(userId: string, session?: { version: number }): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      sessionVersion: true,
      email: true,
      name: true,
      role: true,
      memberships: { where: { state: "active" }, select: { organisationId: true } },
    },
  });
  // A session issued before the password last changed is over.
  if (!user || (session && session.version !== user.sessionVersion)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: toRole(user.role),
    organisationIds: user.memberships.map((m) => m.organisationId),
  };
}

/** The version new sessions of this user are issued under. */
export async function sessionVersionOf(userId: string): Promise<number> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? 0;
}
