import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";

// The catalogues are data that people write by hand: these checks make a
// missing key, a dropped placeholder or a broken plural fail before a reader
// sees "{count}" or an English sentence on a German page.

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") found.set(path, value);
    else for (const [p, v] of leaves(value, path)) found.set(p, v);
  }
  return found;
}

/** The arguments and tags a message uses, and the plural categories of each plural argument. */
function shape(elements: MessageFormatElement[], into = { names: new Set<string>(), plurals: new Map<string, Set<string>>() }) {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) {
      into.names.add(element.value);
    } else if (element.type === TYPE.tag) {
      into.names.add(`<${element.value}>`);
      shape(element.children, into);
    } else if (element.type === TYPE.select || element.type === TYPE.plural) {
      into.names.add(element.value);
      if (element.type === TYPE.plural) into.plurals.set(element.value, new Set(Object.keys(element.options)));
      for (const option of Object.values(element.options)) shape(option.value, into);
    }
  }
  return into;
}

function parsed(message: string) {
  return shape(parse(message, { ignoreTag: false }));
}

/** The words of a message a reader sees, without its ICU syntax. */
function literalText(elements: MessageFormatElement[]): string {
  return elements
    .map((element) => {
      if (element.type === TYPE.literal) return element.value;
      if (element.type === TYPE.tag) return literalText(element.children);
      if (element.type === TYPE.select || element.type === TYPE.plural) return Object.values(element.options).map((o) => literalText(o.value)).join(" ");
      return " ";
    })
    .join("");
}

/**
 * Values the code passes for one language's grammar, which another language
 * may use or leave out: English picks "a"/"an" by {role} and lower-cases a
 * theme mid-sentence ({lower}); German capitalises it ({label}) and may not
 * need the name at all where English says "Romania's entries".
 */
const GRAMMAR_VALUES: Record<string, string[]> = {
  "admin.roleForm.grants": ["role"],
  "admin.roleForm.confirm": ["role"],
  "browse.theme.intro": ["lower", "label"],
  "browse.overview.download": ["label"],
  "browse.country.intro": ["label"],
};

function placeholders(key: string, message: string): string[] {
  const optional = new Set(GRAMMAR_VALUES[key] ?? []);
  return [...parsed(message).names].filter((name) => !optional.has(name)).sort();
}

/** The plural categories a language uses for whole numbers people meet in counts (0 to 1000). */
function countCategories(locale: Locale): Set<string> {
  const rules = new Intl.PluralRules(locale);
  return new Set(Array.from({ length: 1001 }, (_, n) => rules.select(n)));
}

const catalogues = new Map<Locale, Map<string, string>>();
for (const locale of LOCALES) catalogues.set(locale, leaves(await loadMessages(locale)));
const reference = catalogues.get(DEFAULT_LOCALE) ?? new Map<string, string>();

describe.each(LOCALES.filter((l) => l !== DEFAULT_LOCALE))("the %s catalogue", (locale) => {
  const messages = catalogues.get(locale) ?? new Map<string, string>();

  it("has every key of the English one, and no other", () => {
    expect([...reference.keys()].filter((key) => !messages.has(key)), "missing").toEqual([]);
    expect([...messages.keys()].filter((key) => !reference.has(key)), "not in English").toEqual([]);
  });

  it("keeps every placeholder and tag of the English message, and adds none", () => {
    const changed: string[] = [];
    for (const [key, english] of reference) {
      const translated = messages.get(key);
      if (translated === undefined) continue;
      const want = placeholders(key, english);
      const got = placeholders(key, translated);
      if (want.join() !== got.join()) changed.push(`${key}: ${want.join(",")} → ${got.join(",")}`);
    }
    expect(changed).toEqual([]);
  });

  // A plural with 'other' alone is a word the language does not inflect ("ausgewählt");
  // one that tells forms apart must tell all of them apart (Romanian's "few").
  it("gives each plural 'other', and every form the language needs for counts once it has more than one", () => {
    const needed = countCategories(locale);
    const gaps: string[] = [];
    for (const [key, message] of messages) {
      for (const [argument, categories] of parsed(message).plurals) {
        const named = [...categories].filter((c) => !c.startsWith("="));
        const missing = named.length > 1 || !categories.has("other") ? [...needed, "other"].filter((c) => !categories.has(c)) : [];
        if (missing.length > 0) gaps.push(`${key} {${argument}}: ${[...new Set(missing)].join(", ")}`);
      }
    }
    expect(gaps).toEqual([]);
  });
});

describe("every catalogue", () => {
  it.each(LOCALES)("%s: every message is valid ICU MessageFormat", (locale) => {
    const broken: string[] = [];
    for (const [key, message] of catalogues.get(locale) ?? []) {
      try {
        parse(message, { ignoreTag: false });
      } catch (error) {
        broken.push(`${key}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it("writes Romanian ș and ț with the comma below, not the Turkish cedilla", () => {
    const cedilla = [...(catalogues.get("ro") ?? [])].filter(([, m]) => /[şţŞŢ]/.test(m)).map(([key]) => key);
    expect(cedilla).toEqual([]);
  });

  it("writes Macedonian in Cyrillic", () => {
    const names = /STEM|Clearinghouse|UNESCO|Huawei|OAI-PMH|CSV|JSON|RSS|Atom|API|URL|HTML|OpenAPI|ISO|CC BY/g;
    const latinOnly = [...(catalogues.get("mk") ?? [])].filter(([, m]) => {
      const letters = literalText(parse(m, { ignoreTag: false })).replace(names, "");
      return /[A-Za-z]{3,}/.test(letters) && !/[\u0400-\u04FF]/.test(letters);
    });
    expect(latinOnly.map(([key]) => key)).toEqual([]);
  });
});
