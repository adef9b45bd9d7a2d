import "server-only";
import { db } from "@/lib/db";
import { USER_IDENTITY } from "@/lib/users/user-identity";
import type { Actor } from "@/lib/auth/permissions";

// The account page's view of the signed-in user.

export type Profile = {
  id: string;
  email: string;
  name: string | null;
  role: string;
  hasPassword: boolean;
  memberships: { organisationId: string; slug: string; name: string; state: string }[];
};

export async function getProfile(actor: Actor): Promise<Profile | null> {
  const user = await db.user.findUnique({
    where: { id: actor.id },
    select: {
      ...USER_IDENTITY,
      passwordHash: true,
      memberships: { orderBy: { createdAt: "asc" }, select: { state: true, organisation: { select: { id: true, slug: true, name: true } } } },
    },
  });
  if (!user) return null;
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    hasPassword: user.passwordHash !== null,
    memberships: user.memberships.map((m) => ({ organisationId: m.organisation.id, slug: m.organisation.slug, name: m.organisation.name, state: m.state })),
  };
}
