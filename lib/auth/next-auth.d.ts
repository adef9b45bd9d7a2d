import "next-auth";
import "next-auth/jwt";

// Our sessions carry the user's id and session version only; role and memberships are read fresh
// from the database (lib/auth/actor.ts).
declare module "next-auth" {
  interface Session {
    userId?: string;
    sessionVersion?: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    /** The user's session version when this session was issued. */
    ver?: number;
  }
}
