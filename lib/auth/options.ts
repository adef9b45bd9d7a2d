import "server-only";
import type { AuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import EmailProvider from "next-auth/providers/email";
import { db } from "@/lib/db";
import { clientIp } from "@/lib/http/client-ip";
import { mailConfig } from "@/lib/mail/config";
import { consumeRateLimit } from "@/lib/rate-limit/postgres";
import { localeOfAddress } from "@/lib/users/mail-language";
import { sessionVersionOf } from "./actor";
import { clearinghouseAdapter } from "./adapter";
import { LIMITS } from "./limits";
import { mailMagicLink } from "./mails";
import { authenticate } from "./sign-in";
import { SESSION_MAX_AGE_SECONDS, secureCookies, sessionCookie } from "./session-cookie";
import { revokeSession } from "./session-revocation";
import { newSessionClaims } from "./session-token";

// next-auth v4. Sessions are JWTs (the credentials provider requires it)
// holding only the user id and what identifies the session (session-token.ts);
// who the user is and may do, and whether the session was ended, is read from
// the database on each request. Our sign-in form posts to a server action that
// uses the same authenticate(); the credentials provider serves API clients.

function readHeader(headers: Record<string, unknown> | undefined) {
  return (name: string) => {
    const value = headers?.[name];
    return typeof value === "string" ? value : undefined;
  };
}

function providers(): AuthOptions["providers"] {
  const { SMTP_URL, MAIL_FROM } = mailConfig();
  const list: AuthOptions["providers"] = [
    CredentialsProvider({
      name: "Email and password",
      credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const result = await authenticate(credentials ?? {}, { ip: clientIp(readHeader(request.headers)) });
        return result.ok ? { id: result.userId } : null;
      },
    }),
  ];
  if (SMTP_URL) {
    list.push(
      EmailProvider({
        server: SMTP_URL,
        from: MAIL_FROM,
        maxAge: 24 * 3600,
        async sendVerificationRequest({ identifier, url }) {
          const limit = await consumeRateLimit(`magic:email:${identifier}`, LIMITS.resetPerEmail);
          if (!limit.allowed) throw new Error("Too many sign-in links asked for this address.");
          await mailMagicLink(identifier, url, await localeOfAddress(identifier));
        },
      }),
    );
  }
  return list;
}

const cookie = sessionCookie();

export const authOptions: AuthOptions = {
  adapter: clearinghouseAdapter(),
  providers: providers(),
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  useSecureCookies: secureCookies(),
  cookies: { sessionToken: cookie },
  pages: { signIn: "/auth/sign-in", verifyRequest: "/auth/check-email", error: "/auth/sign-in" },
  // next-auth's own sign-out route ends the session on the server too, like our sign-out button.
  events: {
    async signOut({ token }) {
      await revokeSession(token);
    },
  },
  callbacks: {
    // A magic link of a deactivated user signs no one in (loadActor refuses their sessions too).
    // Looked up by address: when the link is asked for, next-auth's user for a
    // new address has the address as its id, which is no uuid.
    async signIn({ user }) {
      const email = user.email?.trim();
      if (!email) return true;
      const found = await db.user.findFirst({ where: { email: { equals: email, mode: "insensitive" } }, select: { deactivatedAt: true } });
      return found?.deactivatedAt ? "/auth/sign-in?error=Deactivated" : true;
    },
    async jwt({ token, user }) {
      if (user) return newSessionClaims(user.id, await sessionVersionOf(user.id));
      return { sub: token.sub, ver: token.ver, sid: token.sid, since: token.since };
    },
    session({ session, token }) {
      return { expires: session.expires, userId: token.sub, sessionVersion: token.ver, sessionId: token.sid, since: token.since };
    },
  },
};
