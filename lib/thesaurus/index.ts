import { foldPhrase } from "@/lib/text/fold";
import { CONCEPTS, type ConceptId } from "./concepts";
import { THESAURUS_LANGUAGES, type ThesaurusLanguage } from "./languages";
import { languageFileSchema, type LanguageFile } from "./schema";
import bg from "./data/bg.json";
import de from "./data/de.json";
import el from "./data/el.json";
import en from "./data/en.json";
import es from "./data/es.json";
import fr from "./data/fr.json";
import it from "./data/it.json";
import mk from "./data/mk.json";
import nl from "./data/nl.json";
import pl from "./data/pl.json";
import ro from "./data/ro.json";
import sq from "./data/sq.json";
import sv from "./data/sv.json";
import tr from "./data/tr.json";

// The multilingual thesaurus: for each concept, its label and the forms people
// type in each language. Search reads the folded forms; pages read the labels.

const raw: Record<ThesaurusLanguage, unknown> = { en, de, fr, nl, ro, mk, es, it, bg, sq, tr, el, pl, sv };

export const THESAURUS: Record<ThesaurusLanguage, LanguageFile> = Object.fromEntries(
  THESAURUS_LANGUAGES.map((lang) => [lang, languageFileSchema.parse(raw[lang])]),
) as Record<ThesaurusLanguage, LanguageFile>;

/** Longest form, in words: queries are scanned for phrases up to this length. */
export const MAX_FORM_WORDS = 3;

const conceptsByForm = new Map<string, ConceptId[]>();
const formsByConcept = new Map<ConceptId, Set<string>>();

for (const { id } of CONCEPTS) {
  const forms = new Set<string>();
  for (const lang of THESAURUS_LANGUAGES) {
    const terms = THESAURUS[lang].concepts[id];
    for (const form of [...(terms?.forms ?? []), ...(terms ? [terms.label] : [])]) {
      const folded = foldPhrase(form);
      if (folded) forms.add(folded);
    }
  }
  formsByConcept.set(id, forms);
  for (const form of forms) conceptsByForm.set(form, [...(conceptsByForm.get(form) ?? []), id]);
}

const englishForms = new Set(
  Object.values(THESAURUS.en.concepts).flatMap((terms) => [...terms.forms, terms.label].map(foldPhrase)),
);

/** Whether a folded form is English: only those are stemmed as English ("programmation" must not become "programm"). */
export function isEnglishForm(folded: string): boolean {
  return englishForms.has(folded);
}

/** Concepts a folded word or phrase names, in any language ("stiinta" → science). */
export function conceptsOfForm(folded: string): readonly ConceptId[] {
  return conceptsByForm.get(folded) ?? [];
}

const singleWordForms = [...conceptsByForm.keys()].filter((f) => !f.includes(" ")).sort();

/** The first index in the sorted forms at or after `prefix`. */
function firstAtOrAfter(prefix: string): number {
  let low = 0;
  let high = singleWordForms.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((singleWordForms[mid] ?? "") < prefix) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Concepts of a long single word the data lists in another inflection ("klimatichno" beside "klimatichen"): forms
 * sharing all but its last two or three letters and about as long. The data
 * cannot list every case ending of fourteen languages; their stems are this close.
 */
export function conceptsSharingStem(folded: string): readonly ConceptId[] {
  if (folded.includes(" ") || folded.length < 6) return [];
  const stem = folded.slice(0, folded.length >= 8 ? -3 : -2);
  const found = new Set<ConceptId>();
  for (let i = firstAtOrAfter(stem); i < singleWordForms.length; i++) {
    const form = singleWordForms[i] ?? "";
    if (!form.startsWith(stem)) break;
    if (Math.abs(form.length - folded.length) <= 3) for (const id of conceptsByForm.get(form) ?? []) found.add(id);
  }
  return [...found];
}

/** Every folded form of a concept, in every language: single words and phrases. */
export function formsOfConcept(id: ConceptId): readonly string[] {
  return [...(formsByConcept.get(id) ?? [])];
}

/** A concept's label in a language, falling back to English. */
export function conceptLabel(id: ConceptId, lang: ThesaurusLanguage): string {
  return THESAURUS[lang].concepts[id]?.label ?? THESAURUS.en.concepts[id]?.label ?? id;
}

export type { ConceptId } from "./concepts";
export type { ThesaurusLanguage } from "./languages";
