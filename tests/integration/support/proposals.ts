import type { Actor } from "../../../lib/auth/permissions";
import { createProposal, submitProposal } from "../../../lib/submissions/proposals";
import { programmeContent } from "./people";

// Proposals of the workflow tests, made through lib/submissions as a member would.

/** A new draft of `organisationId` by `member`, and the complete content to save or submit. */
export async function startDraft(member: Actor, organisationId: string, content = programmeContent()) {
  const created = await createProposal(member, { organisationId, content: { kind: content.kind, title: content.title } });
  if (!created.ok) throw new Error(created.message);
  return { id: created.id, content };
}

/** A new proposal, submitted for review with `content`. */
export async function submitDraft(member: Actor, organisationId: string, content = programmeContent()) {
  const { id } = await startDraft(member, organisationId, content);
  const sent = await submitProposal(member, { id, expectedVersion: 1, content });
  if (!sent.ok) throw new Error(sent.message);
  return { id, version: sent.version, content };
}
