import "server-only";
import { encode } from "next-auth/jwt";
import { authSecret, SESSION_MAX_AGE_SECONDS } from "./session-cookie";

/** The session JWT next-auth itself would issue: the user's id (sub) and session version (ver) only. */
export function sessionToken(userId: string, version: number): Promise<string> {
  return encode({ token: { sub: userId, ver: version }, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
}
