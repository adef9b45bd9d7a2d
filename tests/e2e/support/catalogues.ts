import fs from "node:fs";
import path from "node:path";
import type { Locale } from "../../../lib/i18n/locales";

export type Catalogue = { [key: string]: string | Catalogue };

/** A language's message catalogue as the file holds it (Playwright's loader cannot import JSON as the app does). */
export function readCatalogue(locale: Locale): Catalogue {
  return JSON.parse(fs.readFileSync(path.resolve("lib/i18n/messages", `${locale}.json`), "utf8")) as Catalogue;
}

/** Every message of a catalogue. */
export function messagesOf(catalogue: Catalogue): string[] {
  return Object.values(catalogue).flatMap((value) => (typeof value === "string" ? [value] : messagesOf(value)));
}
