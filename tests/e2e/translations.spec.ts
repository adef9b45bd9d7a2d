import { expect, test, type Page } from "@playwright/test";
import { DEFAULT_LOCALE, LOCALES, localisedPath, type Locale } from "../../lib/i18n/locales";
import { messagesOf, readCatalogue } from "./support/catalogues";
import { PUBLIC_PAGES } from "./support/pages";

// No English interface text on a page of another language (issue 14). Each
// main page is rendered in English and in the other language; a text that
// both show is a leftover unless it is
// - inside an element marked as being in another language (lang="en" on an
//   entry not yet translated, the language switch's "English"),
// - the language's own translation, which may be spelt as in English
//   ("Moderation" in German), or
// - a proper name, a number or a code.

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
      if (!parent || parent.closest("script, style, noscript, template, [hidden], [aria-hidden='true']")) continue;
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

/** The messages of a catalogue with no placeholders: texts that may legitimately look English. */
function plainMessages(locale: Locale): Set<string> {
  return new Set(messagesOf(readCatalogue(locale)).filter((m) => !/[{<]/.test(m)).map((m) => m.trim()));
}

const isNameOrCode = (text: string) => PROPER_NAMES.has(text) || !/\p{L}{2,}/u.test(text) || /^[\p{Lu}\d.-]{2,8}$/u.test(text);

for (const locale of LOCALES.filter((l) => l !== DEFAULT_LOCALE)) {
  test(`the main pages in ${locale} show no English interface text`, async ({ browser }) => {
    test.setTimeout(180_000);
    const own = plainMessages(locale);
    const context = await browser.newContext();
    const page = await context.newPage();
    const leftovers: string[] = [];
    for (const path of PUBLIC_PAGES) {
      await page.goto(path);
      const english = new Set((await readableTexts(page)).filter((t) => !t.foreign).map((t) => t.text));
      const address = localisedPath(locale, path);
      await page.goto(address);
      for (const { text, foreign } of await readableTexts(page)) {
        if (!foreign && english.has(text) && !own.has(text) && !isNameOrCode(text)) leftovers.push(`${address}: “${text}”`);
      }
    }
    await context.close();
    expect([...new Set(leftovers)]).toEqual([]);
  });
}
