import "server-only";
import { encode } from "next-auth/jwt";
import { authSecret, SESSION_MAX_AGE_SECONDS } from "./session-cookie";

/** The session JWT next-auth itself would issue for this user: it holds the id (sub) only. */
export function sessionToken(userId: string): Promise<string> {
  return encode({ token: { sub: userId }, secret: authSecret(), maxAge: SESSION_MAX_AGE_SECONDS });
}
