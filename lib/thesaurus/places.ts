// TEMPORARY stand-in until the places work lands (replaced by the real module).
import type { CountryCode } from "@/lib/catalogue/vocabularies";
import { COUNTRIES } from "@/lib/catalogue/vocabularies";
import { foldPhrase } from "@/lib/text/fold";

export type Place =
  | { type: "country"; country: CountryCode }
  | { type: "region"; id: string; country: CountryCode; names: readonly string[] };

const byName = new Map<string, Place[]>(COUNTRIES.map((c) => [foldPhrase(c.label), [{ type: "country", country: c.value }]]));

export function placesOfForm(folded: string): readonly Place[] {
  return byName.get(folded) ?? [];
}

export function placeForms(place: Place): readonly string[] {
  return place.type === "country" ? [foldPhrase(COUNTRIES.find((c) => c.value === place.country)?.label ?? "")] : place.names.map(foldPhrase);
}
