import "server-only";
import { decode } from "next-auth/jwt";
import { z } from "zod";
import { db } from "@/lib/db";
import { authSecret, SESSION_MAX_AGE_SECONDS } from "./session-cookie";

// Signing out ends the session on the server too: its id is recorded, and
// loadActor refuses it, so a copy of the cookie opens nothing any more.
// A row is kept until the session could have expired anyway.

const claimsSchema = z.object({ sub: z.uuid(), sid: z.string().min(1).max(100), since: z.number().int() });

/** Ends the session of this cookie value; does nothing for a damaged or unknown one. */
export async function revokeSessionToken(token: string): Promise<void> {
  await revokeSession(await decode({ token, secret: authSecret() }).catch(() => null));
}

/** Ends the session these (decoded) claims describe; does nothing for claims without a session id. */
export async function revokeSession(decoded: unknown): Promise<void> {
  const claims = claimsSchema.safeParse(decoded);
  if (!claims.success) return;
  const { sub, sid, since } = claims.data;
  const expiresAt = new Date((since + SESSION_MAX_AGE_SECONDS) * 1000);
  // The user may be gone already (a deleted account signs out last).
  await db.$executeRaw`
    INSERT INTO revoked_sessions (id, user_id, expires_at)
    SELECT ${sid}, id, ${expiresAt} FROM users WHERE id = ${sub}::uuid
    ON CONFLICT (id) DO NOTHING`;
  await db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
}
