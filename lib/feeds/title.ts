import { labelOf } from "@/lib/catalogue/vocabularies";
import type { FacetFilters } from "@/lib/search/types";

// Names a feed after its search: "STEM Clearinghouse: programmes in Romania".

export type FeedSearch = { q: string; filters: FacetFilters };

const SITE = "STEM Clearinghouse";

const KIND_PLURALS: Record<string, string> = {
  programme: "programmes",
  platform: "platforms",
  publication: "publications",
  resource: "resources",
  "project-team": "project teams",
  organisation: "organisations",
  event: "events",
};

/** "Gender equality" → "gender equality", but "STEAM and the arts" stays as it is. */
function lowerFirst(label: string): string {
  return /^\p{Lu}\p{Ll}/u.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
}

function either(words: string[], joiner: "and" | "or"): string {
  return words.length <= 1 ? words.join("") : `${words.slice(0, -1).join(", ")} ${joiner} ${words.at(-1)}`;
}

export function feedTitle({ q, filters }: FeedSearch): string {
  const kinds = filters.kind.map((k) => KIND_PLURALS[k] ?? lowerFirst(labelOf("kind", k)));
  const parts = [kinds.length > 0 ? either(kinds, "and") : "entries"];
  if (filters.country.length > 0) parts.push(`in ${either(filters.country.map((c) => labelOf("country", c)), "or")}`);
  if (filters.level.length > 0) parts.push(`for ${either(filters.level.map((l) => lowerFirst(labelOf("level", l))), "or")}`);
  if (filters.theme.length > 0) parts.push(`on ${either(filters.theme.map((t) => lowerFirst(labelOf("theme", t))), "or")}`);
  if (filters.evidence.length > 0) parts.push(`with evidence level ${either(filters.evidence.map((e) => lowerFirst(labelOf("evidence", e))), "or")}`);
  // "verified in the last 12 months", "not verified for 24 months or more"
  if (filters.freshness.length > 0) parts.push(either(filters.freshness.map((f) => lowerFirst(labelOf("freshness", f))), "or"));
  if (q) parts.push(`matching “${q}”`);
  const filtered = parts.length > 1 || kinds.length > 0;
  return filtered ? `${SITE}: ${parts.join(" ")}` : `${SITE}: newest entries`;
}
