// A small XML writer. Markup is only ever made by `element`, which escapes
// every text and attribute value it is given, so a string from the database or
// the request can never become markup.

// Characters XML 1.0 forbids (most control characters, lone surrogates,
// U+FFFE and U+FFFF): one of them would make the whole answer unreadable.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };

/** Text safe in element content and in quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, "").replace(/[&<>"']/g, (c) => ENTITIES[c] ?? "");
}

// Only this module can make a Markup: the symbol is not exported.
const MARKUP = Symbol("markup");
export type Markup = { readonly [MARKUP]: true; readonly xml: string };

const markup = (xml: string): Markup => ({ [MARKUP]: true, xml });

export type Attributes = Record<string, string | number | undefined>;
export type Child = Markup | string | null | undefined | false | readonly Child[];

function write(child: Child): string {
  if (child === null || child === undefined || child === false) return "";
  if (typeof child === "string") return escapeXml(child);
  if (MARKUP in child) return child.xml;
  return child.map(write).join("");
}

/**
 * `<name attr="…">children</name>`, or `<name/>` without children. Names are
 * the program's own constants; attribute values and string children are escaped.
 * Attributes whose value is undefined are left out.
 */
export function element(name: string, attributes: Attributes = {}, ...children: Child[]): Markup {
  const attrs = Object.entries(attributes)
    .flatMap(([key, value]) => (value === undefined ? [] : [` ${key}="${escapeXml(String(value))}"`]))
    .join("");
  const content = children.map(write).join("");
  return markup(content === "" ? `<${name}${attrs}/>` : `<${name}${attrs}>${content}</${name}>`);
}

export function xmlDocument(root: Markup): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root.xml}\n`;
}
