import "server-only";
import { db } from "@/lib/db";
import { USER_IDENTITY } from "@/lib/users/user-identity";
import type { Actor } from "@/lib/auth/permissions";

// "Download my data": everything the site keeps about a user, as they would
// want to read it. The password hash is never part of it.

export async function exportUserData(actor: Actor) {
  const user = await db.user.findUniqueOrThrow({
    where: { id: actor.id },
    select: {
      ...USER_IDENTITY,
      locale: true,
      emailVerified: true,
      createdAt: true,
      updatedAt: true,
      memberships: { select: { state: true, createdAt: true, organisation: { select: { slug: true, name: true } } } },
      proposals: {
        select: {
          id: true,
          state: true,
          kind: true,
          title: true,
          content: true,
          createdAt: true,
          updatedAt: true,
          submittedAt: true,
          organisation: { select: { slug: true, name: true } },
        },
        orderBy: { createdAt: "asc" },
      },
      notifications: { select: { message: true, messageKey: true, params: true, href: true, createdAt: true, readAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const { memberships, proposals, notifications, ...profile } = user;
  return {
    exportedAt: new Date().toISOString(),
    profile,
    memberships: memberships.map((m) => ({ organisation: m.organisation.slug, organisationName: m.organisation.name, state: m.state, since: m.createdAt })),
    proposals: proposals.map(({ organisation, ...p }) => ({ ...p, organisation: organisation.slug })),
    notifications,
  };
}
