import { z } from "zod";
import { THESAURUS_LANGUAGES } from "./languages";

// The shape of one language's file in data/. A form is what people type: one
// to three words, any case and accents (matching folds both away).

const form = z
  .string()
  .trim()
  .min(1)
  .refine((s) => s.split(/\s+/).length <= 3, "A form has at most three words.")
  .refine((s) => /^[\p{L}\p{N}' -]+$/u.test(s), "A form holds letters, digits, spaces, hyphens and apostrophes only.");

export const conceptTermsSchema = z.object({
  /** The name shown for the concept in this language (a facet label for vocabulary concepts). */
  label: z.string().trim().min(1),
  /** Words and short phrases that name the concept: inflections, plurals, definite forms, compounds. */
  forms: z.array(form).min(1),
});

export const languageFileSchema = z.object({
  language: z.enum(THESAURUS_LANGUAGES),
  /** The language's own name, as its speakers write it. */
  name: z.string().min(1),
  concepts: z.record(z.string(), conceptTermsSchema),
});

export type ConceptTerms = z.infer<typeof conceptTermsSchema>;
export type LanguageFile = z.infer<typeof languageFileSchema>;
