// The entry editor's fields, read from a submitted form into the shape the
// proposal schemas check. Pure, so the browser (instant messages) and the
// server action read a form the same way; the schemas do all the judging.

import { formText, formTexts } from "@/lib/forms/input-text";
import { withWebScheme } from "@/lib/forms/web-address";

export type SourceRow = { title?: string; url?: string; note?: string };
export type LinkRow = { role?: string; slug?: string };
export type TranslationValues = { title?: string; summary?: string; description?: string };
export type ReachValues = { text?: string; participants?: number | string; schools?: number | string; girlsShare?: number | string };

/** What the editor shows and sends. Proposal content (ProposalDraft) fits it as is. */
export type EditorContent = {
  kind?: string;
  title?: string;
  titleLang?: string;
  summary?: string;
  description?: string;
  countries?: string[];
  levels?: string[];
  themes?: string[];
  languages?: string[];
  links?: LinkRow[];
  sourceAuthor?: string;
  website?: string;
  yearStart?: number | string;
  yearEnd?: number | string;
  status?: string;
  impact?: string;
  reach?: ReachValues;
  budget?: string;
  fundingModel?: string;
  funder?: string;
  sdgs?: number[];
  sources?: SourceRow[];
  /** By language; the editor lists them as rows (translations.N.lang, .title, …). */
  translations?: Partial<Record<string, TranslationValues>>;
  startsAt?: string;
  endsAt?: string;
  timeZone?: string;
  eventFormat?: string;
  venue?: string;
  city?: string;
  registrationUrl?: string;
};

// Read only for events: a kind changed away from "event" drops them, rather than blocking the save.
const EVENT_TEXT_FIELDS = ["startsAt", "endsAt", "timeZone", "eventFormat", "venue", "city", "registrationUrl"] as const;

const TEXT_FIELDS = ["kind", "title", "titleLang", "summary", "description", "sourceAuthor", "website", "status", "impact", "budget", "fundingModel", "funder"] as const;
const LIST_FIELDS = ["countries", "levels", "themes", "languages"] as const;

/** A text input's value, trimmed; blank is "not given". */
function text(form: FormData, name: string): string | undefined {
  const value = formText(form, name);
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A number input: blank is "not given"; anything unreadable is passed on as typed, for the schema to refuse. */
function number(form: FormData, name: string): number | string | undefined {
  const value = text(form, name);
  if (value === undefined) return undefined;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : value;
}

function strings(form: FormData, name: string): string[] {
  return [...new Set(formTexts(form, name).flatMap((v) => (v.trim() !== "" ? [v.trim()] : [])))];
}

/** Indices of the rows named `prefix.N.*`, in order, whatever gaps the page left. */
function rowIndices(form: FormData, prefix: string): number[] {
  const pattern = new RegExp(`^${prefix}\\.(\\d+)\\.`);
  const found = new Set<number>();
  for (const key of form.keys()) {
    const match = pattern.exec(key);
    if (match?.[1] !== undefined) found.add(Number(match[1]));
  }
  return [...found].sort((a, b) => a - b);
}

/** Rows with at least one value, without the keys left blank. */
function rows<K extends string>(form: FormData, prefix: string, keys: readonly K[]): Partial<Record<K, string>>[] {
  return rowIndices(form, prefix).flatMap((i) => {
    const row: Partial<Record<K, string>> = {};
    for (const key of keys) {
      const value = text(form, `${prefix}.${i}.${key}`);
      if (value !== undefined) row[key] = value;
    }
    return Object.keys(row).length > 0 ? [row] : [];
  });
}

function reach(form: FormData): ReachValues | undefined {
  const values: ReachValues = {};
  const said = text(form, "reach.text");
  if (said !== undefined) values.text = said;
  for (const key of ["participants", "schools", "girlsShare"] as const) {
    const value = number(form, `reach.${key}`);
    if (value !== undefined) values[key] = value;
  }
  return Object.keys(values).length > 0 ? values : undefined;
}

function sdgs(form: FormData): number[] {
  return strings(form, "sdgs")
    .map(Number)
    .filter((n) => Number.isInteger(n))
    .sort((a, b) => a - b);
}

export function contentFromFormData(form: FormData): EditorContent {
  const content: EditorContent = {};
  for (const field of TEXT_FIELDS) {
    const value = text(form, field);
    if (value !== undefined) content[field] = value;
  }
  for (const field of LIST_FIELDS) content[field] = strings(form, field);
  if (content.kind === "event") {
    for (const field of EVENT_TEXT_FIELDS) {
      const value = text(form, field);
      if (value !== undefined) content[field] = value;
    }
    // Browsers send a datetime-local value with seconds when the step allows them; the minute is what counts.
    for (const field of ["startsAt", "endsAt"] as const) {
      const value = content[field];
      if (value !== undefined && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?$/.test(value)) content[field] = value.slice(0, 16);
    }
    if (content.registrationUrl !== undefined) content.registrationUrl = withWebScheme(content.registrationUrl);
  }
  const yearStart = number(form, "yearStart");
  const yearEnd = number(form, "yearEnd");
  if (yearStart !== undefined) content.yearStart = yearStart;
  if (yearEnd !== undefined) content.yearEnd = yearEnd;
  const reachValues = reach(form);
  if (reachValues) content.reach = reachValues;
  content.sdgs = sdgs(form);
  // A website typed as "www.example.org" is kept as "https://www.example.org", and shown so.
  if (content.website !== undefined) content.website = withWebScheme(content.website);
  content.links = rows(form, "links", ["role", "slug"] as const);
  // A draft may have no source yet, but an empty list is never valid: leave it out.
  const sources = rows(form, "sources", ["title", "url", "note"] as const).map((s) => (s.url === undefined ? s : { ...s, url: withWebScheme(s.url) }));
  if (sources.length > 0) content.sources = sources;
  // None given is no translation: the schema's default, as for a removed last one.
  const translated = translations(form);
  if (Object.keys(translated).length > 0) content.translations = translated;
  return content;
}

/**
 * The translation rows by language. A row without a language is kept under
 * "" so the schema names the problem; of two rows in one language the last wins.
 */
function translations(form: FormData): Record<string, TranslationValues> {
  const byLang: Record<string, TranslationValues> = {};
  for (const { lang = "", ...texts } of rows(form, "translations", ["lang", "title", "summary", "description"] as const)) {
    if (Object.keys(texts).length > 0) byLang[lang] = texts;
  }
  return byLang;
}

/** Content as sent for review: no sources at all is "give at least one", not a missing field. */
export function forSubmission(content: EditorContent): EditorContent {
  return { ...content, sources: content.sources ?? [] };
}
