// Text for feeds. Characters XML 1.0 forbids (most control characters, lone
// surrogates) would make the whole document unreadable, so they are dropped.
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text.replace(NOT_XML, "");
}

/**
 * Plain text as escaped HTML. Atom's `type="html"` and RSS descriptions are
 * HTML, so a title like "<script>" must arrive as text, not markup; with `>`
 * escaped, no "]]>" can end the library's CDATA sections early either.
 */
export function htmlText(text: string): string {
  return xmlText(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
