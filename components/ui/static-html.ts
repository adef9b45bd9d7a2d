import escapeHtml from "escape-html";

// Long, static lists of figures (a table's body, a list of cards) as one
// string of HTML (ADR 023). A server component's every element is serialised
// into the RSC payload, read back to render the page and hydrated again in
// the browser; a table body of a thousand cells that never changes on the
// client is cheaper as one element whose content is this string, for the
// server and for the phone.
// Every text and address goes through escape-html, so catalogue text cannot
// become markup.
// The end tags HTML lets go (</li>, </tr>, </th>, </td>) are left out: the
// parser closes each element at the next one or its list's or table's end, and
// a statistics page has thousands of them. Each costs bytes three times (in the
// page, in the RSC payload, and escaped again where Next.js inlines that
// payload, where each "<" and ">" is replaced one at a time), ADR 023.

export type TableCell = {
  text: string;
  className?: string;
  /** Read out instead of the text, which is then shown only (a dash for "none"). */
  spoken?: string;
};

export type TableRow = {
  /** The row header: what the row counts. */
  label: string;
  /** Where the label links to, an address of this site. */
  href?: string;
  /** The row's share of the largest, 0 to 1: a bar of that length behind the label (.figure-table .bar). */
  bar?: number;
  /** The row's class, for a style sheet to tell kinds of rows apart. */
  className?: string;
  cells: readonly TableCell[];
};

function cellHtml(cell: TableCell): string {
  const open = cell.className ? `<td class="${escapeHtml(cell.className)}">` : "<td>";
  const text = escapeHtml(cell.text);
  const content = cell.spoken === undefined ? text : `<span aria-hidden="true">${text}</span><span class="sr-only">${escapeHtml(cell.spoken)}</span>`;
  return `${open}${content}`;
}

function headerHtml(row: TableRow): string {
  const label = row.href === undefined ? escapeHtml(row.label) : `<a href="${escapeHtml(row.href)}">${escapeHtml(row.label)}</a>`;
  if (row.bar === undefined) return `<th scope="row">${label}`;
  // One decimal is finer than a pixel on any screen; a zero-length bar needs no style.
  const percent = Math.round(Math.min(1, Math.max(0, row.bar)) * 1000) / 10;
  return percent > 0 ? `<th scope="row" class="bar" style="--bar:${percent}%">${label}` : `<th scope="row" class="bar">${label}`;
}

/** The `<tr>` elements of a table body, each a row header and its cells. */
export function tableRowsHtml(rows: readonly TableRow[]): string {
  let html = "";
  for (const row of rows) {
    const open = row.className ? `<tr class="${escapeHtml(row.className)}">` : "<tr>";
    html += `${open}${headerHtml(row)}${row.cells.map(cellHtml).join("")}`;
  }
  return html;
}

/** A tick box of a GET form's long list: its value, its label and whether it is ticked. */
export type CheckboxChoice = { value: string; label: string; checked: boolean };

/**
 * The `<li>` elements of a list of tick boxes named `name` (.facet-option in
 * app/globals.css), for a plain GET form: React's change events never reach a
 * form's handler from boxes it did not create (ADR 023). The list's element
 * must be keyed by what is ticked: React rewrites HTML only when the string
 * changes, so a box ticked by hand would otherwise stay ticked after a
 * navigation that leaves the string as it was.
 */
export function checkboxItemsHtml(name: string, choices: readonly CheckboxChoice[]): string {
  const field = escapeHtml(name);
  let html = "";
  for (const c of choices) {
    html += `<li><label class="facet-option"><input type="checkbox" name="${field}" value="${escapeHtml(c.value)}"${c.checked ? " checked" : ""}>${escapeHtml(c.label)}</label>`;
  }
  return html;
}

/**
 * A link of a list of links: its text and its address on this site, or an
 * address elsewhere (`external`, followed without passing our standing on).
 * Without an address the text stands alone.
 */
export type LinkItem = {
  label: string;
  href?: string;
  external?: boolean;
  /** The text's language where it is not the page's. */
  lang?: string;
  /** A few words after the link, muted (.link-note in app/globals.css). */
  note?: string;
};

/** A `lang` attribute, or nothing for a text in the page's language. */
export const langAttribute = (lang: string | undefined) => (lang ? ` lang="${escapeHtml(lang)}"` : "");

// Addresses elsewhere were checked as http(s) when they were written; React
// would refuse a "javascript:" address, so this writer does too, whatever a
// stored row holds: the text is kept and the link dropped.
const WEB_ADDRESS = /^https?:\/\//i;

function hrefOf(link: Pick<LinkItem, "href" | "external">): string | undefined {
  return link.href !== undefined && (!link.external || WEB_ADDRESS.test(link.href)) ? link.href : undefined;
}

function linkHtml(link: LinkItem): string {
  const text = escapeHtml(link.label);
  const href = hrefOf(link);
  if (href === undefined) return link.lang ? `<span${langAttribute(link.lang)}>${text}</span>` : text;
  const rel = link.external ? ` rel="noopener nofollow"` : "";
  return `<a href="${escapeHtml(href)}"${rel}${langAttribute(link.lang)}>${text}</a>`;
}

/** The `<li>` elements of a list of links, each one `<a>` and its note. */
export function linkItemsHtml(links: readonly LinkItem[]): string {
  let html = "";
  for (const link of links) {
    const note = link.note ? ` <span class="link-note">${escapeHtml(link.note)}</span>` : "";
    html += `<li>${linkHtml(link)}${note}`;
  }
  return html;
}

/**
 * One part of a fact's description: a text (in `lang` where that is not the
 * page's; with `href`, a link elsewhere, such as the entry's website), or a
 * list of links on one line, comma-separated.
 */
export type FactDetail = { text: string; lang?: string; href?: string } | { links: readonly LinkItem[] };

/** A term of a definition list and its description. */
export type FactItem = { term: string; details: readonly FactDetail[] };

function detailHtml(detail: FactDetail): string {
  if ("links" in detail) {
    const last = detail.links.length - 1;
    return `<ul class="inline-links">${detail.links.map((link, n) => `<li>${linkHtml(link)}${n < last ? "," : ""}`).join("")}</ul>`;
  }
  const href = hrefOf({ href: detail.href, external: true });
  if (href === undefined) return linkHtml({ label: detail.text, lang: detail.lang });
  return `<a href="${escapeHtml(href)}" rel="noopener nofollow" class="break-all"${langAttribute(detail.lang)}>${escapeHtml(detail.text)}</a>`;
}

/** The `<div>` groups of a definition list (.fact-list in app/globals.css), each a term and its description; several parts are a paragraph each. */
export function factItemsHtml(facts: readonly FactItem[]): string {
  let html = "";
  for (const fact of facts) {
    const [only] = fact.details;
    const description = fact.details.length === 1 && only ? detailHtml(only) : fact.details.map((d) => `<p>${detailHtml(d)}</p>`).join("");
    html += `<div><dt>${escapeHtml(fact.term)}</dt><dd>${description}</dd></div>`;
  }
  return html;
}
