import { cachedByLocale } from "./locale";

const listFormat = cachedByLocale((locale) => new Intl.ListFormat(locale, { style: "long", type: "conjunction" }));

/** "Primary, Vocational (VET) and Higher education" */
export function formatList(items: string[], locale?: string): string {
  return listFormat(locale).format(items);
}
