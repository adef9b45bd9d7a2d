import { formatLanguage } from "@/lib/format/languages";
import type { Locale } from "@/lib/i18n/locales";
import { fieldNameSchema, type FieldName } from "@/lib/submissions/schema";
import { inputId } from "./field-ids";

// How an error's dotted path ("sources.0.url") is named in the error summary, and where its link leads.

const PARTS = ["title", "url", "note", "role", "slug", "text", "participants", "schools", "girlsShare", "summary", "description"] as const;
type Part = (typeof PARTS)[number];
const isPart = (value: string | undefined): value is Part => PARTS.some((p) => p === value);

type PathKey = `fields.${FieldName}` | `parts.${Part}` | "paths.source" | "paths.link" | "paths.reach" | "paths.proposal" | "paths.translation" | "paths.translationPart";
/** next-intl's t for the "editor" namespace fits. */
export type PathTranslator = (key: PathKey, values?: Record<string, string | number>) => string;

const PICKERS = new Set(["countries", "levels", "themes", "languages", "sdgs"]);

export function pathLabel(path: string, t: PathTranslator, locale: Locale): string {
  const [field = "", index, part] = path.split(".");
  const named = fieldNameSchema.safeParse(field);
  if (!named.success) return t("paths.proposal");
  const partLabel = (p: string) => (isPart(p) ? t(`parts.${p}`) : p);
  if (field === "sources" && part) return t("paths.source", { n: Number(index) + 1, part: partLabel(part) });
  if (field === "links" && part) return t("paths.link", { n: Number(index) + 1, part: partLabel(part) });
  if (field === "reach" && index) return t("paths.reach", { part: partLabel(index) });
  if (field === "translations" && index) {
    const language = formatLanguage(index, locale);
    return part ? t("paths.translationPart", { language, part: partLabel(part) }) : t("paths.translation", { language });
  }
  return t(`fields.${named.data}`);
}

/** The id of the element an error's link should lead to; null when no field shows it. */
export function targetId(path: string): string | null {
  const [field = ""] = path.split(".");
  if (!fieldNameSchema.safeParse(field).success) return null;
  // Translations are keyed by language, their inputs by row: the list as a whole is the target.
  if (PICKERS.has(field) || field === "translations") return inputId(field);
  if ((field === "sources" || field === "links") && path.split(".").length === 2) return inputId(field);
  return inputId(path);
}
