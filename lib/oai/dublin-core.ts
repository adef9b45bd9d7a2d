import { entryPath } from "@/lib/catalogue/paths";
import { ORIGINAL_LANGUAGE, titleLanguage, translationLanguages } from "@/lib/catalogue/translations";
import { labelOf } from "@/lib/catalogue/vocabularies";
import { absoluteUrl } from "@/lib/site-url";
import { DC_NAMESPACE, OAI_DC_NAMESPACE, OAI_DC_SCHEMA, XSI_NAMESPACE } from "./protocol";
import type { OaiRecord } from "./records";
import { element, type Markup } from "./xml";

// An entry as simple Dublin Core (oai_dc): every element is optional and
// repeatable, and every value is plain text. Languages stay ISO 639-1 codes,
// as Dublin Core recommends.

const dc = (name: string, values: readonly string[]) => values.filter((v) => v.trim() !== "").map((v) => element(`dc:${name}`, {}, v));

/**
 * A text in each language the entry has it in, the original first, each
 * marked with xml:lang. An entry without translations keeps its single,
 * unmarked element, as before translations existed.
 */
function inEveryLanguage(record: OaiRecord, name: string, pick: (t: { title: string; summary: string }) => string): Markup[] {
  const langs = translationLanguages(record);
  if (langs.length === 0) return dc(name, [pick(record)]);
  const versions = [
    { lang: name === "title" ? titleLanguage(record) : ORIGINAL_LANGUAGE, text: pick(record) },
    ...langs.flatMap((lang) => {
      const t = record.translations[lang];
      return t ? [{ lang, text: pick(t) }] : [];
    }),
  ];
  return versions.filter((v) => v.text.trim() !== "").map((v) => element(`dc:${name}`, { "xml:lang": v.lang }, v.text));
}

/** A date of the entry: the year it started, or else the day it was published. */
function dateOf(record: OaiRecord): string {
  return record.yearStart !== null ? String(record.yearStart) : record.publishedAt.toISOString().slice(0, 10);
}

export function oaiDublinCore(record: OaiRecord): Markup {
  // Organisations the entry names are its creators; a source's author stands in when none is linked.
  const creators = record.organisations.length > 0 ? record.organisations : record.sourceAuthor ? [record.sourceAuthor] : [];
  return element(
    "oai_dc:dc",
    {
      "xmlns:oai_dc": OAI_DC_NAMESPACE,
      "xmlns:dc": DC_NAMESPACE,
      "xmlns:xsi": XSI_NAMESPACE,
      "xsi:schemaLocation": `${OAI_DC_NAMESPACE} ${OAI_DC_SCHEMA}`,
    },
    inEveryLanguage(record, "title", (t) => t.title),
    dc("creator", creators),
    dc("subject", [...record.themes.map((t) => labelOf("theme", t)), ...record.levels.map((l) => labelOf("level", l))]),
    inEveryLanguage(record, "description", (t) => t.summary),
    dc("date", [dateOf(record)]),
    dc("type", [labelOf("kind", record.kind)]),
    dc("identifier", [absoluteUrl(entryPath(record.slug)), ...(record.website ? [record.website] : [])]),
    dc("language", record.languages),
    dc("coverage", record.countries.map((c) => labelOf("country", c))),
  );
}
