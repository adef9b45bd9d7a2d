import type { Prisma } from "@/lib/generated/prisma/client";
import type { Entry } from "./schema";
import { eventColumns } from "@/lib/events/columns";
import { textsAndTerms } from "./texts-and-terms";

/** The columns of an entry row, from a validated entry (links are stored apart). */
export function toEntryRow(entry: Entry): Prisma.EntryCreateManyInput {
  return {
    slug: entry.slug,
    kind: entry.kind,
    title: entry.title,
    titleLang: entry.titleLang ?? null,
    ...textsAndTerms(entry),
    sourceAuthor: entry.sourceAuthor ?? null,
    website: entry.website ?? null,
    yearStart: entry.yearStart ?? null,
    yearEnd: entry.yearEnd ?? null,
    status: entry.status ?? null,
    impact: entry.impact ?? null,
    reachText: entry.reach?.text ?? null,
    participants: entry.reach?.participants ?? null,
    schools: entry.reach?.schools ?? null,
    girlsShare: entry.reach?.girlsShare ?? null,
    budget: entry.budget ?? null,
    fundingModel: entry.fundingModel ?? null,
    funder: entry.funder ?? null,
    sdgs: entry.sdgs,
    sources: entry.sources,
    translations: entry.translations,
    ...eventColumns(entry),
  };
}
