import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES, toLocale } from "../../lib/i18n/locales";

describe("toLocale", () => {
  it("keeps every language the site has", () => {
    for (const locale of LOCALES) expect(toLocale(locale)).toBe(locale);
  });

  it("reads anything else as the default language", () => {
    for (const value of [undefined, null, "", "EN", "de-AT", "xx", " fr", 7, {}]) expect(toLocale(value)).toBe(DEFAULT_LOCALE);
  });
});
