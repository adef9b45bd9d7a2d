import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { entryInLanguage, storedTranslations } from "./translations";
import type { LanguageCode } from "./vocabularies";

// What the address of an archived entry still says: that the entry was there,
// when and why it left, and where its successor is. An archived entry is never
// public otherwise (search, feeds, API bodies, sitemaps leave it out).

export type ArchivedEntry = {
  slug: string;
  /** The title in the reader's language where a translation has one. */
  title: string;
  titleLang: LanguageCode;
  archivedAt: Date;
  /** The moderator's reason, which the archive form says is shown publicly. */
  reason: string | null;
  /** The entry that takes its place; it may be archived too, and then its own address says so. */
  successor: { slug: string; title: string; titleLang: LanguageCode } | null;
};

const titleFields = { slug: true, title: true, titleLang: true, summary: true, description: true, translations: true } as const;

/** The archived entry at this address in the reader's language, or null when none (unknown or public). */
export const getArchivedEntry = cache(async (slug: string, locale: string): Promise<ArchivedEntry | null> => {
  const row = await db.entry.findFirst({
    where: { slug, archivedAt: { not: null } },
    select: { ...titleFields, archivedAt: true, archiveReason: true, archiveSuccessor: { select: titleFields } },
  });
  if (!row?.archivedAt) return null;
  const inLanguage = (entry: typeof row | NonNullable<typeof row.archiveSuccessor>) => {
    const shown = entryInLanguage({ ...entry, translations: storedTranslations(entry.translations) }, locale);
    return { slug: entry.slug, title: shown.title, titleLang: shown.titleLang };
  };
  return {
    ...inLanguage(row),
    archivedAt: row.archivedAt,
    reason: row.archiveReason,
    successor: row.archiveSuccessor ? inLanguage(row.archiveSuccessor) : null,
  };
});
