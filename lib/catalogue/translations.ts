import { z } from "zod";
import { entryTranslationSchema, languageSchema, type EntryTranslations } from "./schema";
import type { LanguageCode } from "./vocabularies";

// An entry in a reader's language: its translation into that language when
// there is one, otherwise the original (its titleLang, English when missing).
// Pages, the API, feeds and search hits all choose the text here.

/** What a reader is shown of an entry: the texts, the language they are in, and the others to be had. */
export type EntryInLanguage = {
  title: string;
  summary: string;
  description: string;
  /** The language of the texts shown (for lang="…"). */
  lang: LanguageCode;
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

/** An entry's own language: its titleLang when it is a known language, English otherwise. */
export function originalLanguage(entry: Pick<TranslatableEntry, "titleLang">): LanguageCode {
  const parsed = languageSchema.safeParse(entry.titleLang);
  return parsed.success ? parsed.data : "en";
}

/** The languages of an entry's translations, in code order, without its own language. */
export function translationLanguages(entry: Pick<TranslatableEntry, "titleLang" | "translations">): LanguageCode[] {
  const own = originalLanguage(entry);
  const translations = entry.translations ?? {};
  return languageSchema.options.filter((lang) => lang !== own && translations[lang] !== undefined).sort();
}

export function entryInLanguage(entry: TranslatableEntry, locale: string): EntryInLanguage {
  const own = originalLanguage(entry);
  const others = translationLanguages(entry);
  const available = [own, ...others];
  const wanted = languageSchema.safeParse(locale);
  const translation = wanted.success && wanted.data !== own ? entry.translations?.[wanted.data] : undefined;
  if (wanted.success && translation) {
    return {
      title: translation.title,
      summary: translation.summary,
      // A translation without a description shows the original's: better than none.
      description: translation.description ?? entry.description,
      lang: wanted.data,
      translated: true,
      available,
    };
  }
  return { title: entry.title, summary: entry.summary, description: entry.description, lang: own, translated: false, available };
}

/** The translated description is the original's when the translation has none: its language then is the original's. */
export function descriptionLanguage(entry: TranslatableEntry, shown: EntryInLanguage): LanguageCode {
  return shown.translated && entry.translations?.[shown.lang]?.description === undefined ? originalLanguage(entry) : shown.lang;
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
