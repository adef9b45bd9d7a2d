import { describe, expect, it } from "vitest";
import { canEditProposal, canModerate, canProposeFor, canReadProposal, type Actor } from "../../lib/auth/permissions";
import { diffContent, displayField } from "../../lib/submissions/fields";
import { proposalContentSchema, proposalDraftSchema, reviewDecisionSchema } from "../../lib/submissions/schema";
import { firstFreeSlug, slugify } from "../../lib/submissions/slug";
import { waitedFor } from "../../lib/submissions/waiting";

const member: Actor = { id: "u1", email: "m@example.org", name: null, role: "member", organisationIds: ["org-a"] };
const moderator: Actor = { ...member, id: "u2", role: "moderator", organisationIds: [] };

describe("permissions", () => {
  const draft = { authorId: "someone-else", organisationId: "org-a", state: "draft" };

  it("let an organisation's members read and edit its drafts, whoever started them", () => {
    expect(canReadProposal(member, draft)).toBe(true);
    expect(canEditProposal(member, draft)).toBe(true);
    expect(canEditProposal(member, { ...draft, state: "changes_requested" })).toBe(true);
  });

  it("freeze a proposal while it is reviewed or decided", () => {
    for (const state of ["submitted", "resubmitted", "approved", "rejected"]) {
      expect(canEditProposal(member, { ...draft, state })).toBe(false);
    }
  });

  it("keep other organisations and anonymous visitors out", () => {
    expect(canReadProposal({ ...member, organisationIds: ["org-b"] }, draft)).toBe(false);
    expect(canReadProposal(null, draft)).toBe(false);
    expect(canProposeFor(member, "org-b")).toBe(false);
    expect(canProposeFor(member, null)).toBe(false);
  });

  it("let staff read and moderate but not write a member's proposal", () => {
    expect(canReadProposal(moderator, draft)).toBe(true);
    expect(canEditProposal(moderator, draft)).toBe(false);
    expect(canModerate(moderator)).toBe(true);
    expect(canModerate(member)).toBe(false);
  });
});

describe("proposal schemas", () => {
  it("accept an incomplete draft but not an incomplete submission", () => {
    expect(proposalDraftSchema.safeParse({ kind: "programme", title: "Robots" }).success).toBe(true);
    expect(proposalContentSchema.safeParse({ kind: "programme", title: "Robots" }).success).toBe(false);
  });

  it("reject unknown fields, so nothing can be assigned that the form does not offer", () => {
    const result = proposalDraftSchema.safeParse({ kind: "programme", title: "Robots", organisationId: "x", version: 9 });
    expect(result.success).toBe(false);
  });

  it("require a comment to request changes and a reason to reject", () => {
    const base = { proposalId: "5b0e0b47-0f7e-4a35-9d8b-1b2b54f0d1a1", expectedVersion: 2 };
    expect(reviewDecisionSchema.safeParse({ ...base, decision: "request_changes", comment: "" }).success).toBe(false);
    expect(reviewDecisionSchema.safeParse({ ...base, decision: "reject", comment: "  " }).success).toBe(false);
    expect(reviewDecisionSchema.safeParse({ ...base, decision: "approve" }).success).toBe(true);
    expect(
      reviewDecisionSchema.safeParse({ ...base, decision: "request_changes", comment: "x", fieldComments: { notAField: "y" } }).success,
    ).toBe(false);
  });
});

describe("diffs", () => {
  it("compare fields as people read them", () => {
    const before = { kind: "programme" as const, title: "A", countries: ["RO" as const] };
    const after = { kind: "programme" as const, title: "B", countries: ["RO" as const, "MT" as const] };
    const changed = diffContent(before, after).filter((c) => c.changed);
    expect(changed.map((c) => c.field)).toEqual(["title", "countries"]);
    expect(changed[1]?.after).toEqual(["Romania", "Malta"]);
  });

  it("show every field of a new entry as added", () => {
    expect(diffContent(null, { kind: "resource", title: "T" }).filter((c) => c.changed).map((c) => c.field)).toEqual(["kind", "title"]);
    expect(displayField({ kind: "resource", title: "T", reach: { participants: 40, girlsShare: 55 } }, "reach")).toEqual([
      "Participants: 40",
      "Girls: 55%",
    ]);
  });
});

describe("slugs of new entries", () => {
  it("are readable ASCII and unique", () => {
    expect(slugify("Științe și Matematică — Ediția 2")).toBe("stiinte-si-matematica-editia-2");
    expect(slugify("!!!")).toBe("entry");
    expect(firstFreeSlug("robots", new Set(["robots", "robots-2"]))).toBe("robots-3");
  });
});

describe("waiting times", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  it("read naturally", () => {
    expect(waitedFor(new Date("2026-11-23T11:58:00Z"), now)).toBe("a few minutes");
    expect(waitedFor(new Date("2026-11-23T09:00:00Z"), now)).toBe("3 hours");
    expect(waitedFor(new Date("2026-11-19T12:00:00Z"), now)).toBe("4 days");
  });
});
