import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { expect, test } from "./support/test";
import type { Page } from "@playwright/test";
import { COUNTRIES } from "../../lib/catalogue/vocabularies";
import { DEFAULT_LOCALE, LOCALES, localisedPath, type Locale } from "../../lib/i18n/locales";
import { messagesOf, readCatalogue } from "./support/catalogues";
import { PUBLIC_PAGES } from "./support/pages";

// No English interface text on a page of another language (issue 14). Each
// main page is rendered in English and in the other language; a text that
// both show is a leftover unless it is
// - inside an element marked as being in another language (lang="en" on an
//   entry not yet translated, the language switch's "English"),
// - the language's own translation, which may be spelt as in English
//   ("Moderation" in German, "Page 2" in French), or a vocabulary label of
//   the language that is spelt as in English ("Malta", "Programme"), or
// - a proper name, a number or a code ("/oai", "OAI-PMH 2.0").

/** Names and codes that are the same in every language. */
const PROPER_NAMES = new Set(["STEM Clearinghouse", "STEM", "Clearinghouse", "UNESCO", "Huawei", "CSV", "JSON", "RSS", "Atom", "OAI-PMH", "API", "OpenAPI", "JSON-LD", "SDG", "CC BY 4.0"]);

/** The text nodes people read, each with whether it sits in an element of another language than the page. */
async function readableTexts(page: Page): Promise<{ text: string; foreign: boolean }[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const found: { text: string; foreign: boolean }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      // An entry's own description may quote a name in another language inside a translation ("… within <em>Revitalizing STEM education</em>").
      if (!parent || parent.closest("script, style, noscript, template, [hidden], [aria-hidden='true'], .prose-entry")) continue;
      const text = (node.textContent ?? "").replace(/\s+/g, " ").trim();
      if (!text) continue;
      const lang = parent.closest("[lang]")?.getAttribute("lang") ?? pageLang;
      found.push({ text, foreign: lang.split("-")[0] !== pageLang });
    }
    for (const element of Array.from(document.querySelectorAll("[placeholder], [aria-label], [title], img[alt]"))) {
      for (const attribute of ["placeholder", "aria-label", "title", "alt"]) {
        const text = element.getAttribute(attribute)?.trim();
        const lang = element.closest("[lang]")?.getAttribute("lang") ?? pageLang;
        if (text) found.push({ text, foreign: lang.split("-")[0] !== pageLang });
      }
    }
    return found;
  });
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A pattern any rendering of a message matches: its words, with anything for each value. */
function patternOf(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return escape(element.value);
      if (element.type === TYPE.tag) return patternOf(element.children);
      if (element.type === TYPE.select || element.type === TYPE.plural) return `(?:${Object.values(element.options).map((o) => patternOf(o.value)).join("|")})`;
      return ".+?";
    })
    .join("");
}

/** Every message of the language, as a pattern of the texts it renders. */
function ownMessages(locale: Locale): RegExp[] {
  // A message of values alone ("{title}") would match anything: it says nothing in any language.
  const patterns = messagesOf(readCatalogue(locale)).map((m) => patternOf(parse(m, { ignoreTag: false })));
  return patterns.filter((p) => /\p{L}{2,}/u.test(p.replace(/\.\+\?/g, ""))).map((p) => new RegExp(`^${p.replace(/\s+/g, "\\s+")}$`, "u"));
}

/** Country names (CLDR) and the thesaurus's kind, level and theme labels in the language. */
function vocabularyLabels(locale: Locale): Set<string> {
  const names = new Intl.DisplayNames([locale], { type: "region" });
  const labels = new Set(COUNTRIES.map((c) => names.of(c.value) ?? ""));
  const thesaurus = JSON.parse(fs.readFileSync(path.resolve("lib/thesaurus/data", `${locale}.json`), "utf8")) as { concepts: Record<string, { label: string }> };
  for (const concept of Object.values(thesaurus.concepts)) labels.add(concept.label);
  return labels;
}

/** A text without the separators and brackets around it: "· Malta" is "Malta". */
const bare = (text: string) => text.replace(/^[\s·,;:()–—-]+|[\s·,;:()–—.-]+$/gu, "");

const isCode = (word: string) => /^[/?#]|[/=&]/.test(word) || !/\p{L}{2,}/u.test(word) || /^[\p{Lu}\d.-]{2,8}$/u.test(word);

/** Only names, codes, numbers and addresses: "OAI-PMH 2.0", "/api/v1/search?country=RO", "SDG 4, SDG 9". */
const isNameOrCode = (text: string) => PROPER_NAMES.has(text) || text.split(/[\s,]+/).every((word) => PROPER_NAMES.has(word) || isCode(word));

for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
  test(`the main pages in ${locale} show no English interface text`, async ({ browser }) => {
    test.setTimeout(180_000);
    const own = ownMessages(locale);
    const labels = vocabularyLabels(locale);
    // A list of labels, as the site joins them: "Malta, Romania", or a result card's "Organisation · Malta".
    const isOwn = (text: string) => labels.has(text) || text.split(/,\s*|\s+·\s+/u).every((part) => labels.has(part)) || own.some((pattern) => pattern.test(text));
    const context = await browser.newContext();
    const page = await context.newPage();
    const leftovers: string[] = [];
    for (const path of PUBLIC_PAGES) {
      await page.goto(path);
      const english = new Set((await readableTexts(page)).filter((t) => !t.foreign).map((t) => t.text));
      const address = localisedPath(locale, path);
      await page.goto(address);
      for (const { text, foreign } of await readableTexts(page)) {
        if (foreign || !english.has(text)) continue;
        const core = bare(text);
        if (core && !isOwn(core) && !isOwn(text) && !isNameOrCode(core)) leftovers.push(`${address}: “${text}”`);
      }
    }
    await context.close();
    expect([...new Set(leftovers)]).toEqual([]);
  });
}
