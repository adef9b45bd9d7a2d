import { randomUUID } from "node:crypto";
import { loadActor } from "../../../lib/auth/actor";
import type { Actor, Role } from "../../../lib/auth/permissions";
import { db } from "../../../lib/db";

// People of the workflow tests, created directly in the test's own database:
// each call makes a new user, so tests do not share state through them.

export async function organisationId(slug: string): Promise<string> {
  return (await db.organisation.findUniqueOrThrow({ where: { slug } })).id;
}

export async function createPerson(role: Role, organisationSlugs: string[] = []): Promise<Actor> {
  const organisations = await Promise.all(organisationSlugs.map(organisationId));
  const user = await db.user.create({
    data: {
      email: `${role}-${randomUUID()}@example.org`,
      role,
      emailVerified: new Date(),
      memberships: { create: organisations.map((id) => ({ organisationId: id, state: "active" })) },
    },
  });
  const actor = await loadActor(user.id);
  if (!actor) throw new Error("the person just created is missing");
  return actor;
}

/** Complete content of a new programme, valid for submission. */
export function programmeContent(overrides: Record<string, unknown> = {}) {
  return {
    kind: "programme",
    title: `Seismic safety clubs ${randomUUID().slice(0, 8)}`,
    summary: "After-school clubs where pupils build and shake-test model buildings.",
    description: "Pupils of lower secondary schools design small structures and test them on a shake table.",
    countries: ["MK"],
    levels: ["lower-secondary"],
    themes: ["earthquake-engineering"],
    languages: ["mk"],
    sources: [{ title: "Club handbook", url: "https://example.org/handbook" }],
    ...overrides,
  };
}
