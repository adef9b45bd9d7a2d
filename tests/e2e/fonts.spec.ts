import { expect, test } from "./support/test";
import { LOCALES } from "../../lib/i18n/locales";
import { messagesOf, readCatalogue } from "./support/catalogues";

// Every letter of every interface language must have a glyph in the fonts the
// site asks for (Macedonian Cyrillic, Romanian ș and ț with the comma below,
// German ß, French œ…): a letter drawn exactly like a character no font has
// (U+10FFFD, private use) fell back to the missing-character box.

function lettersOfCatalogues(): string[] {
  const letters = new Set<string>();
  for (const locale of LOCALES) {
    for (const message of messagesOf(readCatalogue(locale))) for (const char of message) if (/\p{L}|\p{N}|\p{P}|\p{S}/u.test(char)) letters.add(char);
  }
  // Letters of the catalogue's own content that the catalogues may not use.
  for (const char of "ȘșȚțĂăÂâÎîЃѓЌќЅѕЏџЉљЊњЈјĦħĠġŻżĊċÇçŒœßÄÖÜäöüÉÈÊËéèêëÑñ€–—“”„«»") letters.add(char);
  return [...letters];
}

test("the site's fonts draw every letter of every interface language", async ({ page }) => {
  const letters = lettersOfCatalogues();
  await page.goto("/de");
  const missing = await page.evaluate((chars) => {
    const canvas = document.createElement("canvas");
    canvas.width = 64;
    canvas.height = 64;
    const context = canvas.getContext("2d", { willReadFrequently: true });
    if (!context) return ["(no canvas)"];
    context.font = `40px ${getComputedStyle(document.body).fontFamily}`;
    context.textBaseline = "top";
    const draw = (char: string) => {
      context.clearRect(0, 0, 64, 64);
      context.fillText(char, 4, 4);
      return Array.from(context.getImageData(0, 0, 64, 64).data).join(",");
    };
    const box = draw(String.fromCodePoint(0x10fffd));
    return chars.filter((char) => draw(char) === box);
  }, letters);
  expect(missing.map((c) => `${c} (U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")})`)).toEqual([]);
});
