import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { getServerSession } from "next-auth";
import { z } from "zod";
import { loadActor, sessionVersionOf } from "./actor";
import { safeCallbackPath } from "./callback-url";
import { authOptions } from "./options";
import type { Actor } from "./permissions";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "./session-cookie";
import { revokeSessionToken } from "./session-revocation";
import { sessionToken } from "./session-token";

/** The signed-in user as the database knows them now, once per request; null when signed out. */
export const currentActor = cache(async (): Promise<Actor | null> => {
  // Visitors without a session cookie (most of them) cost no decryption.
  if (!(await cookies()).has(sessionCookie().name)) return null;
  const session = await getServerSession(authOptions);
  const id = z.uuid().safeParse(session?.userId);
  if (!id.success) return null;
  return loadActor(id.data, { version: session?.sessionVersion ?? 0, id: session?.sessionId, since: session?.since });
});

/** The signed-in user, or a redirect to the sign-in page that comes back to `returnTo`. */
export async function requireActor(returnTo = "/"): Promise<Actor> {
  const actor = await currentActor();
  if (!actor) redirect(`/auth/sign-in?callbackUrl=${encodeURIComponent(safeCallbackPath(returnTo))}`);
  return actor;
}

/** Signs a user in from our own forms: the same JWT cookie next-auth would issue. */
export async function startSession(userId: string): Promise<void> {
  const { name, options } = sessionCookie();
  const token = await sessionToken(userId, await sessionVersionOf(userId));
  (await cookies()).set(name, token, { ...options, maxAge: SESSION_MAX_AGE_SECONDS });
}

/** Signs out: the session is revoked on the server, then its cookie is cleared. */
export async function endSession(): Promise<void> {
  const { name, options } = sessionCookie();
  const store = await cookies();
  const token = store.get(name)?.value;
  if (token) await revokeSessionToken(token);
  store.set(name, "", { ...options, maxAge: 0 });
}
