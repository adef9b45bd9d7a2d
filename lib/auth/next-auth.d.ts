import "next-auth";

// Our sessions carry the user's id only; role and memberships are read fresh
// from the database (lib/auth/actor.ts).
declare module "next-auth" {
  interface Session {
    userId?: string;
  }
}
