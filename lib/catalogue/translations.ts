import { z } from "zod";
import { entryTranslationSchema, languageSchema, type EntryTranslations } from "./schema";
import type { LanguageCode } from "./vocabularies";

// An entry in a reader's language: its translation into that language when
// there is one, otherwise the original. The catalogue's texts (summary,
// description) are written in English; titleLang names only the language of
// the original title ("Teknikcollege" is Swedish, its summary English), so an
// entry may be translated into any language but English, its title's own too.
// Pages, the API, feeds and search hits all choose the text here.

/** The language the catalogue's summaries and descriptions are written in. */
export const ORIGINAL_LANGUAGE: LanguageCode = "en";

/** What a reader is shown of an entry: the texts, the languages they are in, and the others to be had. */
export type EntryInLanguage = {
  title: string;
  summary: string;
  description: string;
  /** The language of the summary and description shown (for lang="…"). */
  lang: LanguageCode;
  /** The language of the title shown: the original title keeps its own (titleLang). */
  titleLang: LanguageCode;
  /** True when a translation into the asked language is shown. */
  translated: boolean;
  /** Every language the entry can be read in, the original first, then the translations in code order. */
  available: LanguageCode[];
};

export type TranslatableEntry = {
  title: string;
  titleLang?: string | null | undefined;
  summary: string;
  description: string;
  translations?: EntryTranslations | null | undefined;
};

/**
 * The lang attribute of the catalogue's untranslated free text (sources,
 * funder, budget, reach) on a page of another language: none on English pages.
 */
export function originalTextLang(pageLocale: string): LanguageCode | undefined {
  return pageLocale === ORIGINAL_LANGUAGE ? undefined : ORIGINAL_LANGUAGE;
}

/** The language of an entry's original title: its titleLang when it is a known language, English otherwise. */
export function titleLanguage(entry: Pick<TranslatableEntry, "titleLang">): LanguageCode {
  const parsed = languageSchema.safeParse(entry.titleLang);
  return parsed.success ? parsed.data : ORIGINAL_LANGUAGE;
}

/** The languages of an entry's translations, in code order. */
export function translationLanguages(entry: Pick<TranslatableEntry, "translations">): LanguageCode[] {
  const translations = entry.translations ?? {};
  return languageSchema.options.filter((lang) => lang !== ORIGINAL_LANGUAGE && translations[lang] !== undefined).sort();
}

export function entryInLanguage(entry: TranslatableEntry, locale: string): EntryInLanguage {
  const available = [ORIGINAL_LANGUAGE, ...translationLanguages(entry)];
  const wanted = languageSchema.safeParse(locale);
  const translation = wanted.success && wanted.data !== ORIGINAL_LANGUAGE ? entry.translations?.[wanted.data] : undefined;
  if (wanted.success && translation) {
    return {
      title: translation.title,
      summary: translation.summary,
      // A translation without a description shows the original's: better than none.
      description: translation.description ?? entry.description,
      lang: wanted.data,
      titleLang: wanted.data,
      translated: true,
      available,
    };
  }
  return { title: entry.title, summary: entry.summary, description: entry.description, lang: ORIGINAL_LANGUAGE, titleLang: titleLanguage(entry), translated: false, available };
}

/** The translated description is the original's when the translation has none: its language then is the original's. */
export function descriptionLanguage(entry: TranslatableEntry, shown: EntryInLanguage): LanguageCode {
  return shown.translated && entry.translations?.[shown.lang]?.description === undefined ? ORIGINAL_LANGUAGE : shown.lang;
}

const storedObject = z.record(z.string(), z.unknown()).catch({});

/**
 * An entry's stored translations, read one by one: a translation that fails
 * today's rules (written outside the application) is left out, not the rest.
 */
export function storedTranslations(value: unknown): EntryTranslations {
  const out: EntryTranslations = {};
  for (const [lang, item] of Object.entries(storedObject.parse(value))) {
    const code = languageSchema.safeParse(lang);
    const translation = entryTranslationSchema.safeParse(item);
    if (code.success && translation.success) out[code.data] = translation.data;
  }
  return out;
}

/** The translated titles and summaries a search hit carries (no descriptions: hits do not show them). */
export type TitleTranslations = Partial<Record<LanguageCode, { title: string; summary: string }>>;

const titleAndSummary = entryTranslationSchema.pick({ title: true, summary: true });

/** Stored or indexed titles and summaries, read one by one like storedTranslations. */
export function storedTitles(value: unknown): TitleTranslations {
  const out: TitleTranslations = {};
  for (const [lang, item] of Object.entries(storedObject.parse(value))) {
    const code = languageSchema.safeParse(lang);
    const texts = titleAndSummary.safeParse(item);
    if (code.success && texts.success) out[code.data] = texts.data;
  }
  return out;
}
