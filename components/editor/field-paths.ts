import { languageLabel } from "@/lib/catalogue/vocabularies";
import { FIELD_LABELS } from "@/lib/submissions/fields";
import { fieldNameSchema } from "@/lib/submissions/schema";
import { inputId } from "./field-ids";

// How an error's dotted path ("sources.0.url") is named in the error summary, and where its link leads.

const PART_LABELS: Record<string, string> = {
  title: "title",
  url: "web address",
  note: "note",
  role: "how it is related",
  slug: "entry address name",
  text: "in words",
  participants: "participants",
  schools: "schools",
  girlsShare: "share of girls",
  summary: "summary",
  description: "description",
};

const PICKERS = new Set(["countries", "levels", "themes", "languages", "sdgs"]);

export function pathLabel(path: string): string {
  const [field = "", index, part] = path.split(".");
  const named = fieldNameSchema.safeParse(field);
  if (!named.success) return "This proposal";
  const label = FIELD_LABELS[named.data];
  if (field === "sources" && part) return `Source ${Number(index) + 1}, ${PART_LABELS[part] ?? part}`;
  if (field === "links" && part) return `Related entry ${Number(index) + 1}, ${PART_LABELS[part] ?? part}`;
  if (field === "reach" && index) return `Reach, ${PART_LABELS[index] ?? index}`;
  if (field === "translations" && index !== undefined) {
    return `Translation into ${index === "" ? "no language" : languageLabel(index)}${part ? `, ${PART_LABELS[part] ?? part}` : ""}`;
  }
  return label;
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
