import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../lib/i18n/locales";
import { loadMessages } from "../../lib/i18n/messages";
import { mailTranslator, noticesTranslator } from "../../lib/mail/translator";
import { noticeText } from "../../lib/notifications/notice-text";

// The mail, notices and mailLanguage namespaces in every language: valid ICU,
// the same placeholders as English, every plural category CLDR uses.

const NAMESPACES = ["mail", "notices", "mailLanguage"] as const;

function flatten(value: unknown, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === "string") out.set(prefix, value);
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) for (const [k, v] of flatten(inner, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

/** Placeholder names, and the plural categories of each plural, found in a parsed message. */
function walk(elements: MessageFormatElement[], names: Set<string>, plurals: Set<string>[]): void {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number) names.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      names.add(element.value);
      if (element.type === TYPE.plural) plurals.push(new Set(Object.keys(element.options)));
      for (const option of Object.values(element.options)) walk(option.value, names, plurals);
    }
  }
}

function shape(message: string) {
  const names = new Set<string>();
  const plurals: Set<string>[] = [];
  walk(parse(message), names, plurals);
  return { names: [...names].sort(), plurals };
}

describe("mail and notice messages", () => {
  for (const locale of LOCALES) {
    it(`are complete and well-formed in ${locale}`, async () => {
      const [english, messages] = await Promise.all([loadMessages("en"), loadMessages(locale)]);
      const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const namespace of NAMESPACES) {
        const reference = flatten(english[namespace]);
        const translated = flatten(messages[namespace]);
        expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort());
        for (const [key, text] of translated) {
          const { names, plurals } = shape(text);
          expect(names, `${locale} ${namespace}.${key}`).toEqual(shape(reference.get(key) ?? "").names);
          for (const options of plurals) for (const category of categories) expect(options.has(category), `${locale} ${namespace}.${key} needs "${category}"`).toBe(true);
        }
      }
      if (locale === "ro") expect(JSON.stringify(messages.mail) + JSON.stringify(messages.notices)).not.toMatch(/[şţŞŢ]/);
    });
  }

  it("count imported proposals in each language's plural forms", async () => {
    const en = await noticesTranslator("en");
    expect(en("importWaiting", { count: 1, file: "a.csv" })).toBe("1 imported proposal waits for review (a.csv)");
    expect(en("importWaiting", { count: 2, file: "a.csv" })).toBe("2 imported proposals wait for review (a.csv)");
    const ro = await noticesTranslator("ro");
    expect(ro("importWaiting", { count: 3, file: "a.csv" })).toBe("3 propuneri importate așteaptă evaluarea (a.csv)");
    expect(ro("importWaiting", { count: 20, file: "a.csv" })).toBe("20 de propuneri importate așteaptă evaluarea (a.csv)");
  });

  it("read a stored notice in the reader's language, and an old one as written", async () => {
    const de = await noticesTranslator("de");
    expect(noticeText({ messageKey: "membershipApproved", params: { organisation: "QuakeSafe" }, message: "x" }, de)).toBe("Sie sind jetzt Mitglied von QuakeSafe.");
    expect(noticeText({ messageKey: null, params: null, message: "An old notice" }, de)).toBe("An old notice");
    expect(noticeText({ messageKey: "membershipApproved", params: ["not", "an", "object"], message: "Kept" }, de)).toBe("Kept");
  });

  it("greet by name in the signature's language", async () => {
    const mk = await mailTranslator("mk");
    expect(mk("greetingNamed", { name: "Ана" })).toBe("Здраво, Ана,");
  });
});
