import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FigureTable } from "../../components/ui/figure-table";
import { cardItemsHtml, checkboxItemsHtml, linkItemsHtml, tableRowsHtml } from "../../components/ui/static-html";
import { TagList } from "../../components/ui/tag-list";
import { renderInLanguage } from "../support/render-intl";

// Long tables of figures render their rows as one string of HTML (ADR 023):
// the string must be the markup React would have written, and no text in it
// may become markup.

const HOSTILE = `<img src=x onerror="alert(1)"> & 'quotes'`;
const ESCAPED = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quotes&#39;";

describe("tableRowsHtml", () => {
  it("writes a row header and its cells", () => {
    expect(tableRowsHtml([{ label: "Romania", cells: [{ text: "1,234" }, { text: "12%", className: "text-slate-600" }] }])).toBe(
      '<tr><th scope="row">Romania</th><td>1,234</td><td class="text-slate-600">12%</td></tr>',
    );
  });

  it("escapes every label, address, text and class", () => {
    const html = tableRowsHtml([{ label: HOSTILE, href: `/x?a=1&b="2"`, cells: [{ text: HOSTILE, className: `"><b>`, spoken: HOSTILE }] }]);
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain(`<a href="/x?a=1&amp;b=&quot;2&quot;">${ESCAPED}</a>`);
    expect(html).toContain(`<td class="&quot;&gt;&lt;b&gt;"><span aria-hidden="true">${ESCAPED}</span><span class="sr-only">${ESCAPED}</span></td>`);
  });

  it("draws a bar as long as the row's share, within 0 and 100 %", () => {
    const bars = tableRowsHtml([0.4567, 0, 2, -1, Number.NaN].map((bar) => ({ label: "x", bar, cells: [] })));
    expect(bars).toBe(
      [
        '<th scope="row" class="bar" style="--bar:45.7%">x</th>',
        '<th scope="row" class="bar">x</th>',
        '<th scope="row" class="bar" style="--bar:100%">x</th>',
        '<th scope="row" class="bar">x</th>',
        '<th scope="row" class="bar">x</th>',
      ]
        .map((th) => `<tr>${th}</tr>`)
        .join(""),
    );
  });

  it("writes nothing for no rows", () => {
    expect(tableRowsHtml([])).toBe("");
  });
});

describe("cardItemsHtml", () => {
  it("writes each card's title and lines as paragraphs, escaped", () => {
    expect(cardItemsHtml([{ title: "Malta", lines: ["Primary: 3", HOSTILE] }, { title: HOSTILE, lines: [], className: "sm:col-span-2" }])).toBe(
      `<li><p class="font-semibold">Malta</p><p>Primary: 3</p><p>${ESCAPED}</p></li><li class="sm:col-span-2"><p class="font-semibold">${ESCAPED}</p></li>`,
    );
  });
});

describe("checkboxItemsHtml", () => {
  it("writes a labelled tick box per choice, ticked where chosen", () => {
    expect(checkboxItemsHtml("country", [{ value: "RO", label: "Romania", checked: true }, { value: "MT", label: "Malta", checked: false }])).toBe(
      '<li><label class="facet-option"><input type="checkbox" name="country" value="RO" checked>Romania</label></li>' +
        '<li><label class="facet-option"><input type="checkbox" name="country" value="MT">Malta</label></li>',
    );
  });

  it("escapes the name, value and label", () => {
    const html = checkboxItemsHtml(`"><b>`, [{ value: HOSTILE, label: HOSTILE, checked: false }]);
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toBe(`<li><label class="facet-option"><input type="checkbox" name="&quot;&gt;&lt;b&gt;" value="${ESCAPED}">${ESCAPED}</label></li>`);
  });
});

describe("FigureTable", () => {
  it("puts the rows in the table's body, a muted number with its class", () => {
    const html = renderToStaticMarkup(
      createElement(FigureTable, {
        caption: "Entries by country",
        columns: [{ label: "Country" }, { label: "Entries", numeric: true }],
        rows: [
          { label: HOSTILE, href: "/countries/ro", cells: [{ text: "0", muted: true }] },
          { label: "Malta", cells: [{ text: "3" }] },
        ],
      }),
    );
    expect(html).toContain(
      `<tbody><tr><th scope="row"><a href="/countries/ro">${ESCAPED}</a></th><td class="text-slate-600">0</td></tr><tr><th scope="row">Malta</th><td>3</td></tr></tbody>`,
    );
    expect(html).not.toContain("<img");
  });
});

describe("linkItemsHtml", () => {
  it("writes one link per item and keeps text and address as text", () => {
    expect(linkItemsHtml([{ label: HOSTILE, href: `/search?q="><script>` }, { label: "Malta", href: "/countries/mt" }])).toBe(
      `<li><a href="/search?q=&quot;&gt;&lt;script&gt;">${ESCAPED}</a></li><li><a href="/countries/mt">Malta</a></li>`,
    );
  });
});

describe("TagList", () => {
  const tags = [{ label: "Primary (12)", href: "/levels/primary" }];

  it("links in the page's language", () => {
    expect(renderInLanguage(createElement(TagList, { label: "Levels", tags }), "de")).toBe(
      '<ul aria-label="Levels" class="tag-list"><li><a href="/de/levels/primary">Primary (12)</a></li></ul>',
    );
    expect(renderInLanguage(createElement(TagList, { label: "Levels", tags }))).toContain('<a href="/levels/primary">');
  });

  it("writes nothing for no tags", () => {
    expect(renderInLanguage(createElement(TagList, { label: "Levels", tags: [] }))).toBe("");
  });
});
