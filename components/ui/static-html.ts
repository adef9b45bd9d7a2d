import escapeHtml from "escape-html";

// Long, static lists of figures (a table's body, a list of cards) as one
// string of HTML (ADR 023). A server component's every element is serialised
// into the RSC payload, read back to render the page and hydrated again in
// the browser; a table body of a thousand cells that never changes on the
// client is cheaper as one element whose content is this string, for the
// server and for the phone.
// Every text and address goes through escape-html, so catalogue text cannot
// become markup.

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
  cells: readonly TableCell[];
};

function cellHtml(cell: TableCell): string {
  const open = cell.className ? `<td class="${escapeHtml(cell.className)}">` : "<td>";
  const text = escapeHtml(cell.text);
  const content = cell.spoken === undefined ? text : `<span aria-hidden="true">${text}</span><span class="sr-only">${escapeHtml(cell.spoken)}</span>`;
  return `${open}${content}</td>`;
}

function headerHtml(row: TableRow): string {
  const label = row.href === undefined ? escapeHtml(row.label) : `<a href="${escapeHtml(row.href)}">${escapeHtml(row.label)}</a>`;
  if (row.bar === undefined) return `<th scope="row">${label}</th>`;
  // One decimal is finer than a pixel on any screen; a zero-length bar needs no style.
  const percent = Math.round(Math.min(1, Math.max(0, row.bar)) * 1000) / 10;
  return percent > 0 ? `<th scope="row" class="bar" style="--bar:${percent}%">${label}</th>` : `<th scope="row" class="bar">${label}</th>`;
}

/** The `<tr>` elements of a table body, each a row header and its cells. */
export function tableRowsHtml(rows: readonly TableRow[]): string {
  let html = "";
  for (const row of rows) html += `<tr>${headerHtml(row)}${row.cells.map(cellHtml).join("")}</tr>`;
  return html;
}

/** A card: a title in bold, then lines of text, each a paragraph. */
export type TextCard = { title: string; lines: readonly string[]; className?: string };

/** The `<li>` elements of a list of cards. */
export function cardItemsHtml(cards: readonly TextCard[]): string {
  let html = "";
  for (const card of cards) {
    const open = card.className ? `<li class="${escapeHtml(card.className)}">` : "<li>";
    html += `${open}<p class="font-semibold">${escapeHtml(card.title)}</p>${card.lines.map((line) => `<p>${escapeHtml(line)}</p>`).join("")}</li>`;
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
    html += `<li><label class="facet-option"><input type="checkbox" name="${field}" value="${escapeHtml(c.value)}"${c.checked ? " checked" : ""}>${escapeHtml(c.label)}</label></li>`;
  }
  return html;
}

/** A link of a list of links: its text and its address on this site. */
export type LinkItem = { label: string; href: string };

/** The `<li>` elements of a list of links, each one `<a>`. */
export function linkItemsHtml(links: readonly LinkItem[]): string {
  let html = "";
  for (const link of links) html += `<li><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></li>`;
  return html;
}
