import "next-auth";
import "next-auth/jwt";

// Our sessions carry the user's id, session version, session id and start only; role and
// memberships are read fresh from the database (lib/auth/actor.ts).
declare module "next-auth" {
  interface Session {
    userId?: string;
    sessionVersion?: number;
    sessionId?: string;
    since?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The user's session version when this session was issued. */
    ver?: number;
    /** This session's id, which signing out revokes (lib/auth/session-revocation.ts). */
    sid?: string;
    /** When this session began, in seconds since 1970. */
    since?: number;
  }
}
