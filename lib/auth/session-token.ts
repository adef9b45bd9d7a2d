import "server-only";
import { randomUUID } from "node:crypto";
import { encode } from "next-auth/jwt";
import { authSecret, SESSION_MAX_AGE_SECONDS } from "./session-cookie";

/**
 * What a session JWT carries: the user's id (sub), their session version
 * (ver), the session's own id (sid, so signing out can revoke just this one)
 * and when it began (since, seconds), which bounds its life however often
 * next-auth renews the token.
 */
export type SessionClaims = { sub: string; ver: number; sid: string; since: number };

export function newSessionClaims(userId: string, version: number): SessionClaims {
  return { sub: userId, ver: version, sid: randomUUID(), since: Math.floor(Date.now() / 1000) };
}

/** The session JWT next-auth itself would issue, for a new session. */
export function sessionToken(userId: string, version: number): Promise<string> {
  return encode({ token: newSessionClaims(userId, version), secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
}
