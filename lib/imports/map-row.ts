import type { z } from "zod";
import { COUNTRIES, KINDS, LANGUAGES, LEVELS, THEMES, type VocabularyTerm } from "@/lib/catalogue/vocabularies";
import { proposalContentSchema, type ProposalContent } from "@/lib/submissions/schema";
import { FIELD_COLUMNS } from "./columns";

// One record of a file as proposal content: cells read into the shapes the
// proposal schema checks (lists split, numbers read), then the schema judges,
// and its issues are told in the file's own terms: a column and a plain sentence.

export type RowError = { column: string; message: string };
export type FileSource = { title: string; url?: string | undefined };

/** What a record says, before the database is asked about its organisations. */
export type Candidate = {
  fields: Record<string, unknown>;
  organisationNames: string[];
  /** The record had no description, so its summary stands in. */
  descriptionFromSummary: boolean;
  /** The record named no source, so the one given for the whole file stands in. */
  sourceFromFile: boolean;
};

function text(value: unknown): unknown {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number") return String(value);
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** A list cell: an array (JSON) or values joined with ";" (CSV, as the export joins them with "; "). */
function list(value: unknown): unknown[] {
  if (value === null || value === undefined) return [];
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(";") : [value];
  return items.flatMap((item) => {
    const cell = text(item);
    return cell === undefined ? [] : [cell];
  });
}

/** A number cell; anything unreadable goes on as typed, for the schema to refuse by name. */
function number(value: unknown): unknown {
  const cell = text(value);
  if (typeof cell !== "string") return cell;
  const parsed = Number(cell.replace(",", "."));
  return Number.isFinite(parsed) ? parsed : cell;
}

/** Codes by their names, lowercased: "north macedonia" → "MK". */
function byLabel(terms: readonly VocabularyTerm[]): Map<string, string> {
  return new Map(terms.map((t) => [t.label.toLowerCase(), t.value]));
}
const LABELS = {
  kind: byLabel(KINDS),
  countries: byLabel(COUNTRIES),
  levels: byLabel(LEVELS),
  themes: byLabel(THEMES),
  languages: byLabel(LANGUAGES),
};

/**
 * A vocabulary cell. Our export writes names ("North Macedonia") in one column
 * and codes ("MK") in its `_code(s)` twin: the codes win when present; a cell of
 * names, or of codes as older exports and people write them, is read too.
 */
function codes(values: Record<string, unknown>, column: keyof typeof LABELS, codeColumn: string, change: (code: string) => string): unknown[] {
  const coded = list(values[codeColumn]);
  const items = coded.length > 0 ? coded : list(values[column]);
  return items.map((item) => (typeof item === "string" ? (LABELS[column].get(item.toLowerCase()) ?? change(item)) : item));
}

function statusCode(value: unknown): unknown {
  const [first] = list(value);
  return typeof first === "string" ? first.toLowerCase() : first;
}

function sources(values: Record<string, unknown>, fallback: FileSource | undefined): { list: unknown[]; fromFile: boolean } {
  const given = Array.isArray(values.sources)
    ? values.sources.map((item) => (typeof item === "string" ? { title: item.trim() } : item))
    : list(values.sources).map((title) => ({ title }));
  const title = text(values.source_title);
  if (title !== undefined) {
    const url = text(values.source_url);
    const note = text(values.source_note);
    given.unshift({ title, ...(url === undefined ? {} : { url }), ...(note === undefined ? {} : { note }) });
  }
  if (given.length > 0 || !fallback) return { list: given, fromFile: false };
  return { list: [{ title: fallback.title, ...(fallback.url ? { url: fallback.url } : {}) }], fromFile: true };
}

function reach(values: Record<string, unknown>): Record<string, unknown> | undefined {
  const found = Object.entries({
    text: text(values.reach_text),
    participants: number(values.participants),
    schools: number(values.schools),
    girlsShare: number(values.girls_share),
  }).filter(([, v]) => v !== undefined);
  return found.length > 0 ? Object.fromEntries(found) : undefined;
}

/** A record's cells as the fields of proposal content (not yet judged). */
export function toCandidate(values: Record<string, unknown>, fallbackSource?: FileSource): Candidate {
  const summary = text(values.summary);
  const description = text(values.description);
  const source = sources(values, fallbackSource);
  const fields: Record<string, unknown> = {
    kind: codes(values, "kind", "kind_code", (v) => v.toLowerCase())[0],
    title: text(values.title),
    titleLang: text(values.title_lang),
    summary,
    description: description ?? summary,
    countries: codes(values, "countries", "country_codes", (v) => v.toUpperCase()),
    levels: codes(values, "levels", "level_codes", (v) => v.toLowerCase()),
    themes: codes(values, "themes", "theme_codes", (v) => v.toLowerCase()),
    languages: codes(values, "languages", "language_codes", (v) => v),
    sourceAuthor: text(values.source_author),
    website: text(values.website),
    yearStart: number(values.year_start),
    yearEnd: number(values.year_end),
    status: statusCode(values.status),
    impact: text(values.impact),
    reach: reach(values),
    budget: text(values.budget),
    fundingModel: text(values.funding_model),
    funder: text(values.funder),
    sdgs: list(values.sdgs).map(number),
    sources: source.list,
  };
  const organisationNames = list(values.organisations).flatMap((name) => (typeof name === "string" ? [name] : []));
  const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  return { fields: defined, organisationNames, descriptionFromSummary: description === undefined && summary !== undefined, sourceFromFile: source.fromFile };
}

const NOUNS: Record<string, string> = {
  kind: "kind of entry",
  countries: "country code",
  levels: "education level",
  themes: "theme",
  languages: "language code",
  titleLang: "language code",
  status: "status",
};

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = value;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = Object.entries(current).find(([k]) => k === String(key))?.[1];
  }
  return current;
}

function columnOf(path: readonly PropertyKey[]): string {
  const [field = "", , sub] = path.map(String);
  if (field === "sources") return sub === "url" ? "source_url" : sub === "note" ? "source_note" : "source_title";
  const dotted = field === "reach" ? `reach.${String(path[1] ?? "")}` : field;
  return FIELD_COLUMNS[dotted] ?? field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function messageOf(issue: z.core.$ZodIssue, fields: Record<string, unknown>): string {
  const field = String(issue.path[0] ?? "");
  const value = valueAt(fields, issue.path);
  const shown = typeof value === "string" ? `“${value.slice(0, 80)}”` : JSON.stringify(value);
  if (issue.code === "invalid_value" && NOUNS[field]) return `${shown} is not a known ${NOUNS[field]}.`;
  if (issue.code === "invalid_type" && value === undefined) return "This is required.";
  if (issue.code === "invalid_type" && issue.expected === "number") return `${shown} is not a number.`;
  if (issue.code === "invalid_type") return `${shown} should be ${issue.expected === "array" ? "a list" : "text"}.`;
  if (issue.code === "invalid_format" && issue.format === "url") return `${shown} is not a web address (it starts with https://).`;
  if (issue.code === "too_small" && issue.origin === "string") return `Use at least ${issue.minimum} characters.`;
  if (issue.code === "too_big" && issue.origin === "string") return `Use at most ${issue.maximum} characters.`;
  if ((issue.code === "too_small" || issue.code === "too_big") && issue.origin === "number") {
    return `${shown} is out of range (${issue.code === "too_small" ? `at least ${issue.minimum}` : `at most ${issue.maximum}`}).`;
  }
  if (issue.code === "unrecognized_keys") return `Unknown fields: ${issue.keys.join(", ")}.`;
  return issue.message;
}

/** The candidate judged by the proposal schema: content to import, or what is wrong, column by column. */
export function validateCandidate(fields: Record<string, unknown>): { content: ProposalContent; errors: [] } | { content: null; errors: RowError[] } {
  const parsed = proposalContentSchema.safeParse(fields);
  if (parsed.success) return { content: parsed.data, errors: [] };
  const errors = parsed.error.issues.map((issue) => ({ column: columnOf(issue.path), message: messageOf(issue, fields) }));
  // One message per column and text: a list of ten unknown codes still reads as ten, but no line repeats.
  const seen = new Set<string>();
  return { content: null, errors: errors.filter((e) => !seen.has(`${e.column}\n${e.message}`) && seen.add(`${e.column}\n${e.message}`)) };
}
