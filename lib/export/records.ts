import "server-only";
import { entryDescription, readEntriesWithOrganisations } from "@/lib/catalogue/entry-organisations";
import { entryPath } from "@/lib/catalogue/paths";
import { entryInLanguage, storedTranslations } from "@/lib/catalogue/translations";
import { labelOf, languageLabel, type LanguageCode } from "@/lib/catalogue/vocabularies";
import { absoluteUrl } from "@/lib/site-url";
import { exportEventColumns } from "@/lib/events/export-columns";
import type { ExportRecord } from "./columns";

/**
 * The published entries with these ids, as export records, in the ids' order;
 * with `lang`, titles and summaries are written in it where an entry has a
 * translation into it, and title_lang then names that language.
 */
export async function readExportRecords(ids: string[], lang: LanguageCode | null = null): Promise<ExportRecord[]> {
  return (await readEntriesWithOrganisations(ids, { published: true })).map((row) => {
    const { countries, levels, themes, languages, organisations } = entryDescription(row);
    const shown = lang ? entryInLanguage({ ...row, translations: storedTranslations(row.translations) }, lang) : null;
    const translated = shown?.translated === true;
    return {
      slug: row.slug,
      url: absoluteUrl(entryPath(row.slug)),
      kind: labelOf("kind", row.kind),
      kind_code: row.kind,
      title: translated && shown ? shown.title : row.title,
      title_lang: translated && shown ? shown.lang : row.titleLang,
      summary: translated && shown ? shown.summary : row.summary,
      countries: countries.map((code) => labelOf("country", code)),
      country_codes: countries,
      levels: levels.map((code) => labelOf("level", code)),
      level_codes: levels,
      themes: themes.map((code) => labelOf("theme", code)),
      theme_codes: themes,
      languages: languages.map(languageLabel),
      language_codes: languages,
      organisations,
      website: row.website,
      year_start: row.yearStart,
      year_end: row.yearEnd,
      status: row.status,
      participants: row.participants,
      schools: row.schools,
      girls_share: row.girlsShare,
      funder: row.funder,
      funding_model: row.fundingModel,
      budget: row.budget,
      sdgs: row.sdgs,
      evidence_level: row.evidenceLevel,
      ...exportEventColumns(row),
      published_at: row.publishedAt.toISOString(),
      updated_at: row.updatedAt.toISOString(),
    };
  });
}
