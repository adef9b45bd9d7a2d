import type { Entry as EntryRow, Prisma } from "@/lib/generated/prisma/client";
import { linkRoleSchema } from "@/lib/catalogue/schema";
import { storedSources } from "@/lib/catalogue/sources";
import { eventContent } from "@/lib/events/columns";
import { textsAndTerms } from "@/lib/catalogue/texts-and-terms";
import { storedTranslations } from "@/lib/catalogue/translations";
import { proposalContentSchema, proposalDraftSchema, type ProposalContent, type ProposalDraft } from "./schema";

// A published entry as proposal content, the starting point of an edit and
// the "before" side of a review's diff.

type LinkRow = { role: string; to: { slug: string } };

function optional<T>(value: T | null): T | undefined {
  return value === null ? undefined : value;
}

export function entryToContent(row: EntryRow, links: LinkRow[]): ProposalContent {
  const reach = {
    text: optional(row.reachText),
    participants: optional(row.participants),
    schools: optional(row.schools),
    girlsShare: optional(row.girlsShare),
  };
  const hasReach = Object.values(reach).some((v) => v !== undefined);
  const content = {
    kind: row.kind,
    title: row.title,
    titleLang: optional(row.titleLang),
    ...textsAndTerms(row),
    links: links.flatMap((l) => {
      const role = linkRoleSchema.safeParse(l.role);
      return role.success ? [{ role: role.data, slug: l.to.slug }] : [];
    }),
    sourceAuthor: optional(row.sourceAuthor),
    website: optional(row.website),
    yearStart: optional(row.yearStart),
    yearEnd: optional(row.yearEnd),
    status: optional(row.status),
    impact: optional(row.impact),
    reach: hasReach ? reach : undefined,
    budget: optional(row.budget),
    fundingModel: optional(row.fundingModel),
    funder: optional(row.funder),
    sdgs: row.sdgs,
    sources: storedSources(row.sources),
    translations: storedTranslations(row.translations),
    ...eventContent(row),
  };
  // Seeded entries passed the same rules; parsing again keeps the types honest.
  const parsed = proposalContentSchema.safeParse(content);
  if (!parsed.success) throw new Error(`Entry ${row.slug} does not satisfy the entry schema: ${parsed.error.message}`);
  return parsed.data;
}

/** Content as stored in proposals and entry versions (validated on every write). */
export function parseStoredContent(value: Prisma.JsonValue): ProposalDraft {
  const parsed = proposalDraftSchema.safeParse(value);
  // A row that fails was changed outside the application.
  if (!parsed.success) throw new Error(`Stored content is invalid: ${parsed.error.message}`);
  return parsed.data;
}
