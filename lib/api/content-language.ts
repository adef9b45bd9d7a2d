import { z } from "zod";
import { languageSchema } from "@/lib/catalogue/schema";
import { LANGUAGES, type LanguageCode } from "@/lib/catalogue/vocabularies";
import { quoteValue } from "@/lib/search/query";

// The `lang` parameter of /entries/{slug}: the language to show the entry's
// title, summary and description in, when it has a translation into it.
// Any language of the catalogue (the ones translations may be in), read like
// the labels' `lang` (lib/api/label-language.ts); none means the original.

export const contentLanguageSchema = z.enum(languageSchema.options);

export type ContentLanguage = { ok: true; lang: LanguageCode | null } | { ok: false; message: string };

export function readContentLanguage(params: URLSearchParams): ContentLanguage {
  const raw = params.get("lang");
  if (raw === null || raw.trim() === "") return { ok: true, lang: null };
  const parsed = contentLanguageSchema.safeParse(raw.trim().toLowerCase());
  if (parsed.success) return { ok: true, lang: parsed.data };
  return { ok: false, message: `Unknown language ${quoteValue(raw)}: use one of ${LANGUAGES.map((l) => l.value).join(", ")}.` };
}
