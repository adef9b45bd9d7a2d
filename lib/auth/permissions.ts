// Who may do what, as pure functions of the actor (read fresh from the
// database by loadActor) and the subject. lib/ checks these before every
// privileged read or write; pages use them only to decide what to show.

export const ROLES = ["member", "moderator", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** What each role may do, in words: said where an administrator changes someone's role. */
export const ROLE_GRANTS: Record<Role, string> = {
  member: "Proposes new entries and changes for the organisations they belong to; nothing is published without review.",
  moderator:
    "Also reviews every proposal and publishes, archives and restores entries, runs bulk imports, reads the audit log and manages organisations' members.",
  admin: "Everything a moderator does, and also changes anyone's role (including making more administrators) and manages all users and organisations.",
};

/** A role as stored; anything unknown counts as the least one. */
export function toRole(value: string): Role {
  return ROLES.find((role) => role === value) ?? "member";
}

export type Actor = {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  /** Organisations whose membership is active (not merely requested). */
  organisationIds: string[];
};

export type ProposalSubject = { authorId: string | null; organisationId: string; state: string };

export function isStaff(actor: Actor | null): actor is Actor {
  return actor !== null && (actor.role === "moderator" || actor.role === "admin");
}

export function isAdmin(actor: Actor | null): actor is Actor {
  return actor !== null && actor.role === "admin";
}

export function belongsTo(actor: Actor | null, organisationId: string | null): boolean {
  return actor !== null && organisationId !== null && actor.organisationIds.includes(organisationId);
}

/** Drafts and proposals are private to their organisation's members and staff. */
export function canReadProposal(actor: Actor | null, proposal: ProposalSubject): boolean {
  return isStaff(actor) || belongsTo(actor, proposal.organisationId);
}

/** Only the organisation's members edit (and submit) its proposals, and only while they are theirs to change. */
export function canEditProposal(actor: Actor | null, proposal: ProposalSubject): boolean {
  return belongsTo(actor, proposal.organisationId) && (proposal.state === "draft" || proposal.state === "changes_requested");
}

/** Creating an entry, or proposing an edit of one, for an organisation. */
export function canProposeFor(actor: Actor | null, organisationId: string | null): boolean {
  return belongsTo(actor, organisationId);
}

/** "Still accurate": members of the organisation that owns the entry, and staff. */
export function canConfirmAccuracy(actor: Actor | null, organisationId: string | null): actor is Actor {
  return isStaff(actor) || belongsTo(actor, organisationId);
}

/** Approve, request changes, reject, archive: alliance staff. */
export function canModerate(actor: Actor | null): actor is Actor {
  return isStaff(actor);
}

/** Users, roles and organisations: admins. */
export function canManageUsers(actor: Actor | null): actor is Actor {
  return isAdmin(actor);
}

/** Inviting and approving members of an organisation: staff. */
export function canManageMembers(actor: Actor | null): actor is Actor {
  return isStaff(actor);
}
