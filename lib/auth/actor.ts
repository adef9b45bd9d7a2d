import "server-only";
import { db } from "@/lib/db";
import { ROLES, type Actor, type Role } from "./permissions";

function toRole(value: string): Role {
  return ROLES.find((role) => role === value) ?? "member";
}

/**
 * The user as the database knows them now: role and active memberships are
 * read on every call, so a demotion or removal takes effect at once whatever
 * a session cookie still says. Null when the user no longer exists.
 */
export async function loadActor(userId: string): Promise<Actor | null> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      memberships: { where: { state: "active" }, select: { organisationId: true } },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: toRole(user.role),
    organisationIds: user.memberships.map((m) => m.organisationId),
  };
}
