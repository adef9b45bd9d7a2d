import "server-only";
import type { z } from "zod";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordAudit } from "@/lib/audit/audit";
import { canEditProposal, canProposeFor, type Actor } from "@/lib/auth/permissions";
import { consumeRateLimit } from "@/lib/rate-limit/postgres";
import { notify, staffIds } from "@/lib/notifications/notifications";
import { deliverNotices } from "@/lib/notifications/mail";
import { entryToContent } from "./content";
import { checkLinks } from "./links";
import { fail, invalid, type Result } from "@/lib/result";
import { PROPOSAL_CHANGED, PROPOSAL_NOT_FOUND } from "./failures";
import { OPEN, proposalContentSchema, proposalDraftSchema, type ProposalDraft } from "./schema";

// What members do: start a new entry or an edit, save drafts, submit.

const LINKS_MESSAGE = "Some related entries cannot be linked: see the messages at Related entries.";

function summaryColumns(content: ProposalDraft) {
  return { kind: content.kind, title: content.title, countries: content.countries ?? [] };
}

type NewProposal = {
  organisationId: string;
  authorId: string;
  content: ProposalDraft;
  /** Drafts by default; bulk imports create proposals already sent for review (or approved). */
  state?: "draft" | "submitted" | "approved";
  audit?: { action: string; details?: Prisma.InputJsonObject };
};

/** A new proposal and its audit event, inside the caller's transaction; returns its id. */
export async function insertProposal(tx: Prisma.TransactionClient, input: NewProposal): Promise<string> {
  const state = input.state ?? "draft";
  const proposal = await tx.proposal.create({
    data: {
      organisationId: input.organisationId,
      authorId: input.authorId,
      content: input.content,
      ...summaryColumns(input.content),
      state,
      ...(state === "draft" ? {} : { submittedAt: new Date() }),
    },
  });
  const { action = "proposal.created", details } = input.audit ?? {};
  await recordAudit(tx, { actorId: input.authorId, action, subjectType: "proposal", subjectId: proposal.id, ...(details ? { details } : {}) });
  return proposal.id;
}

/** A new entry for one of the actor's organisations, as a draft. */
export async function createProposal(
  actor: Actor | null,
  input: { organisationId: string; content: unknown },
): Promise<Result<{ id: string }>> {
  if (!actor) return fail("forbidden", "Sign in to contribute.");
  if (!canProposeFor(actor, input.organisationId)) return fail("forbidden", "You can only contribute for organisations you belong to.");
  const parsed = proposalDraftSchema.safeParse(input.content);
  if (!parsed.success) return invalid(parsed.error);
  const linkErrors = await checkLinks(parsed.data.links ?? [], null);
  if (linkErrors) return fail("invalid", LINKS_MESSAGE, linkErrors);
  const id = await db.$transaction((tx) =>
    insertProposal(tx, { organisationId: input.organisationId, authorId: actor.id, content: parsed.data }),
  );
  return { ok: true, id };
}

/**
 * An edit of a published entry of the actor's organisation. If one is already
 * open for the entry, that one is returned, so two edits never race.
 */
export async function startEdit(actor: Actor | null, entrySlug: string): Promise<Result<{ id: string }>> {
  if (!actor) return fail("forbidden", "Sign in to contribute.");
  const entry = await db.entry.findFirst({
    where: { slug: entrySlug, archivedAt: null },
    include: { linksFrom: { select: { role: true, to: { select: { slug: true } } } } },
  });
  if (!entry || !canProposeFor(actor, entry.organisationId) || !entry.organisationId) {
    return fail("forbidden", "Only members of the organisation that owns this entry can propose changes to it.");
  }
  const organisationId = entry.organisationId;
  const open = await db.proposal.findFirst({ where: { entryId: entry.id, state: { in: OPEN } }, select: { id: true } });
  if (open) return { ok: true, id: open.id };
  const content = entryToContent(entry, entry.linksFrom);
  const id = await db.$transaction(async (tx) => {
    const proposal = await tx.proposal.create({
      data: {
        entryId: entry.id,
        organisationId,
        authorId: actor.id,
        baseVersion: entry.version,
        content,
        ...summaryColumns(content),
      },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "proposal.created",
      subjectType: "proposal",
      subjectId: proposal.id,
      details: { entry: entry.slug },
    });
    return proposal.id;
  });
  return { ok: true, id };
}

async function findEditable(actor: Actor, id: string) {
  const proposal = await db.proposal.findUnique({ where: { id } });
  if (!proposal || !canEditProposal(actor, proposal)) return null;
  return proposal;
}

type Editable = NonNullable<Awaited<ReturnType<typeof findEditable>>>;

/** The proposal the actor may change, with the new content checked by the schema and for its links; or why not. */
async function checkedChange<T extends ProposalDraft>(
  actor: Actor | null,
  input: { id: string; content: unknown },
  schema: z.ZodType<T>,
  incomplete?: string,
): Promise<Result<{ actor: Actor; proposal: Editable; content: T }>> {
  if (!actor) return fail("forbidden", "Sign in to contribute.");
  const proposal = await findEditable(actor, input.id);
  if (!proposal) return PROPOSAL_NOT_FOUND;
  const parsed = schema.safeParse(input.content);
  if (!parsed.success) return invalid(parsed.error, incomplete);
  const linkErrors = await checkLinks(parsed.data.links ?? [], proposal.entryId);
  if (linkErrors) return fail("invalid", LINKS_MESSAGE, linkErrors);
  return { ok: true, actor, proposal, content: parsed.data };
}

/** Saves a draft (or a proposal sent back for changes); incomplete is fine. */
export async function saveDraft(
  actor: Actor | null,
  input: { id: string; expectedVersion: number; content: unknown },
): Promise<Result<{ version: number }>> {
  const checked = await checkedChange(actor, input, proposalDraftSchema);
  if (!checked.ok) return checked;
  const { proposal, content } = checked;
  const saved = await db.proposal.updateMany({
    where: { id: proposal.id, version: input.expectedVersion, state: proposal.state },
    data: { content, ...summaryColumns(content), version: { increment: 1 } },
  });
  if (saved.count === 0) return PROPOSAL_CHANGED;
  return { ok: true, version: input.expectedVersion + 1 };
}

const SUBMISSIONS_PER_HOUR = 30;

/** Sends a complete proposal to the moderators (again, after changes were requested). */
export async function submitProposal(
  actor: Actor | null,
  input: { id: string; expectedVersion: number; content: unknown },
): Promise<Result<{ version: number }>> {
  const checked = await checkedChange(actor, input, proposalContentSchema, "The proposal is not complete yet: some fields need attention.");
  if (!checked.ok) return checked;
  const { actor: author, proposal, content } = checked;
  const limit = await consumeRateLimit(`submit:${author.id}`, { limit: SUBMISSIONS_PER_HOUR, windowSeconds: 3600 });
  if (!limit.allowed) {
    return fail("rate_limited", `You have submitted many proposals in the last hour. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`);
  }
  const next = proposal.state === "draft" ? "submitted" : "resubmitted";
  const notices = await db.$transaction(async (tx) => {
    const saved = await tx.proposal.updateMany({
      where: { id: proposal.id, version: input.expectedVersion, state: proposal.state },
      data: {
        state: next,
        content,
        ...summaryColumns(content),
        submittedAt: new Date(),
        version: { increment: 1 },
      },
    });
    if (saved.count === 0) return null;
    await recordAudit(tx, {
      actorId: author.id,
      action: `proposal.${next}`,
      subjectType: "proposal",
      subjectId: proposal.id,
      details: { from: proposal.state, to: next },
    });
    const key = next === "submitted" ? "proposalSubmitted" : "proposalResubmitted";
    return notify(tx, await staffIds(tx), { key, params: { title: content.title }, href: `/moderation/${proposal.id}` });
  });
  if (!notices) return PROPOSAL_CHANGED;
  deliverNotices(notices);
  return { ok: true, version: input.expectedVersion + 1 };
}

/** Drafts never submitted can be thrown away; anything reviewed stays on record. */
export async function deleteDraft(actor: Actor | null, input: { id: string; expectedVersion: number }): Promise<Result<object>> {
  if (!actor) return fail("forbidden", "Sign in to contribute.");
  const proposal = await findEditable(actor, input.id);
  if (!proposal || proposal.state !== "draft") return PROPOSAL_NOT_FOUND;
  const deleted = await db.$transaction(async (tx) => {
    const gone = await tx.proposal.deleteMany({ where: { id: proposal.id, version: input.expectedVersion, state: "draft" } });
    if (gone.count === 0) return false;
    await recordAudit(tx, { actorId: actor.id, action: "proposal.deleted", subjectType: "proposal", subjectId: proposal.id });
    return true;
  });
  return deleted ? { ok: true } : PROPOSAL_CHANGED;
}
