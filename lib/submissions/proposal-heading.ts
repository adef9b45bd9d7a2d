import type { Proposal } from "@/lib/generated/prisma/client";
import { toProposalState, type ProposalState } from "./schema";

// What every list of proposals (the moderation queue, "My contributions")
// shows of one: which it is, its state, what it proposes, from which
// organisation, and whether it edits a published entry.

export type ProposalHeading = {
  id: string;
  state: ProposalState;
  kind: string;
  title: string;
  organisation: string;
  isEdit: boolean;
};

type HeadingRow = Pick<Proposal, "id" | "state" | "kind" | "title" | "baseVersion"> & { organisation: { name: string } };

export function proposalHeading(row: HeadingRow): ProposalHeading {
  return {
    id: row.id,
    state: toProposalState(row.state),
    kind: row.kind,
    title: row.title,
    organisation: row.organisation.name,
    isEdit: row.baseVersion !== null,
  };
}
