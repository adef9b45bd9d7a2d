import "server-only";
import { db } from "@/lib/db";
import { toRole, type Actor } from "./permissions";
import { SESSION_MAX_AGE_SECONDS } from "./session-cookie";

/** What a session cookie says about its session (see session-token.ts). */
export type SessionRef = { version: number; id?: string; since?: number };

/**
 * The user as the database knows them now: role and active memberships are
 * read on every call, so a demotion or removal takes effect at once whatever
 * a session cookie still says. Null when the user no longer exists or is
 * deactivated, or when
 * the session is over: issued under an older session version (a new
 * password), signed out (revoked), too old, or from before sessions had ids.
 */
export async function loadActor(userId: string, session?: SessionRef): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      sessionVersion: true,
      deactivatedAt: true,
      email: true,
      name: true,
      role: true,
      memberships: { where: { state: "active" }, select: { organisationId: true } },
      revokedSessions: { where: { id: session?.id ?? "" }, select: { id: true } },
    },
  });
  // A deactivated user has no session at all, whatever signed them in.
  if (!user || user.deactivatedAt) return null;
  if (session && !sessionLives(session, user.sessionVersion, user.revokedSessions.length > 0)) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: toRole(user.role),
    organisationIds: user.memberships.map((m) => m.organisationId),
  };
}

function sessionLives(session: SessionRef, currentVersion: number, revoked: boolean): boolean {
  if (session.version !== currentVersion || revoked || !session.id || session.since === undefined) return false;
  return (session.since + SESSION_MAX_AGE_SECONDS) * 1000 > Date.now();
}

/** The version new sessions of this user are issued under. */
export async function sessionVersionOf(userId: string): Promise<number> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { sessionVersion: true } });
  return user?.sessionVersion ?? 0;
}
