// The session cookie: HttpOnly (no script can read it), SameSite=Lax (not sent
// on cross-site POSTs), Secure and "__Secure-" prefixed when the site is served
// over https, which NEXTAUTH_URL tells.

export const SESSION_MAX_AGE_SECONDS = 7 * 24 * 3600;

export function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

export function sessionCookie() {
  const secure = secureCookies();
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure },
  };
}

export function authSecret(): string {
  const secret = process.env.NEXTAUTH_SECRET;
  if (!secret) throw new Error("NEXTAUTH_SECRET is not set (npm start and npm run dev create one in DATA_DIR/auth-secret).");
  return secret;
}
