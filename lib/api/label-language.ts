import { z } from "zod";
import { THESAURUS_LANGUAGES, type ThesaurusLanguage } from "@/lib/thesaurus/languages";
import { quoteValue } from "@/lib/search/query";

// The `lang` parameter: the language labels are given in (English by default).

export const labelLanguageSchema = z.enum(THESAURUS_LANGUAGES);

export type LabelLanguage = { ok: true; lang: ThesaurusLanguage } | { ok: false; message: string };

export function readLabelLanguage(params: URLSearchParams): LabelLanguage {
  const raw = params.get("lang");
  if (raw === null || raw.trim() === "") return { ok: true, lang: "en" };
  const parsed = labelLanguageSchema.safeParse(raw.trim().toLowerCase());
  if (parsed.success) return { ok: true, lang: parsed.data };
  return { ok: false, message: `Unknown language ${quoteValue(raw)}: use one of ${THESAURUS_LANGUAGES.join(", ")}.` };
}
