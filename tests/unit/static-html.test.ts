import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FigureTable } from "../../components/ui/figure-table";
import { checkboxItemsHtml, factItemsHtml, linkItemsHtml, tableRowsHtml } from "../../components/ui/static-html";
import { countryShapesHtml } from "../../components/map/country-shapes-html";
import { TagList } from "../../components/ui/tag-list";
import { renderInLanguage } from "../support/render-intl";

// Long tables of figures render their rows as one string of HTML (ADR 023):
// the string must be the markup React would have written, less the end tags
// HTML lets go (a browser parses it the same; tests/e2e reads these tables
// by their rows and cells), and no text in it may become markup.

const HOSTILE = `<img src=x onerror="alert(1)"> & 'quotes'`;
const ESCAPED = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quotes&#39;";

describe("tableRowsHtml", () => {
  it("writes a row header and its cells", () => {
    expect(tableRowsHtml([{ label: "Romania", cells: [{ text: "1,234" }, { text: "12%", className: "text-slate-600" }] }])).toBe(
      '<tr><th scope="row">Romania<td>1,234<td class="text-slate-600">12%',
    );
  });

  it("escapes every label, address, text and class", () => {
    const html = tableRowsHtml([{ label: HOSTILE, href: `/x?a=1&b="2"`, cells: [{ text: HOSTILE, className: `"><b>`, spoken: HOSTILE }] }]);
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain(`<a href="/x?a=1&amp;b=&quot;2&quot;">${ESCAPED}</a>`);
    expect(html).toContain(`<td class="&quot;&gt;&lt;b&gt;"><span aria-hidden="true">${ESCAPED}</span><span class="sr-only">${ESCAPED}</span>`);
  });

  it("draws a bar as long as the row's share, within 0 and 100 %", () => {
    const bars = tableRowsHtml([0.4567, 0, 2, -1, Number.NaN].map((bar) => ({ label: "x", bar, cells: [] })));
    expect(bars).toBe(
      [
        '<th scope="row" class="bar" style="--bar:45.7%">x',
        '<th scope="row" class="bar">x',
        '<th scope="row" class="bar" style="--bar:100%">x',
        '<th scope="row" class="bar">x',
        '<th scope="row" class="bar">x',
      ]
        .map((th) => `<tr>${th}`)
        .join(""),
    );
  });

  it("writes nothing for no rows", () => {
    expect(tableRowsHtml([])).toBe("");
  });

  it("gives a row its class, escaped", () => {
    expect(tableRowsHtml([{ label: "Malta", className: "none", cells: [] }, { label: "x", className: HOSTILE, cells: [] }])).toBe(
      `<tr class="none"><th scope="row">Malta<tr class="${ESCAPED}"><th scope="row">x`,
    );
  });
});

describe("checkboxItemsHtml", () => {
  it("writes a labelled tick box per choice, ticked where chosen", () => {
    expect(checkboxItemsHtml("country", [{ value: "RO", label: "Romania", checked: true }, { value: "MT", label: "Malta", checked: false }])).toBe(
      '<li><label class="facet-option"><input type="checkbox" name="country" value="RO" checked>Romania</label>' +
        '<li><label class="facet-option"><input type="checkbox" name="country" value="MT">Malta</label>',
    );
  });

  it("escapes the name, value and label", () => {
    const html = checkboxItemsHtml(`"><b>`, [{ value: HOSTILE, label: HOSTILE, checked: false }]);
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toBe(`<li><label class="facet-option"><input type="checkbox" name="&quot;&gt;&lt;b&gt;" value="${ESCAPED}">${ESCAPED}</label>`);
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
      `<tbody><tr><th scope="row"><a href="/countries/ro">${ESCAPED}</a><td class="text-slate-600">0<tr><th scope="row">Malta<td>3</tbody>`,
    );
    expect(html).not.toContain("<img");
  });
});

describe("linkItemsHtml", () => {
  it("writes one link per item and keeps text and address as text", () => {
    expect(linkItemsHtml([{ label: HOSTILE, href: `/search?q="><script>` }, { label: "Malta", href: "/countries/mt" }])).toBe(
      `<li><a href="/search?q=&quot;&gt;&lt;script&gt;">${ESCAPED}</a><li><a href="/countries/mt">Malta</a>`,
    );
  });
});

describe("linkItemsHtml, its options", () => {
  it("marks a link elsewhere as not vouched for, keeps a text without address as text, and adds the note muted", () => {
    expect(
      linkItemsHtml([
        { label: "Report", href: "https://example.org/r.pdf", external: true, note: HOSTILE },
        { label: HOSTILE, lang: "en" },
        { label: "QUAKESAFE", href: "/de/entries/quakesafe", lang: "en" },
      ]),
    ).toBe(
      `<li><a href="https://example.org/r.pdf" rel="noopener nofollow">Report</a> <span class="link-note">${ESCAPED}</span>` +
        `<li><span lang="en">${ESCAPED}</span>` +
        `<li><a href="/de/entries/quakesafe" lang="en">QUAKESAFE</a>`,
    );
  });
});

describe("links elsewhere", () => {
  it("keep the text and drop an address that is not http(s), as React would refuse it", () => {
    expect(linkItemsHtml([{ label: "Report", href: "javascript:alert(1)", external: true }])).toBe("<li>Report");
    expect(linkItemsHtml([{ label: "Report", href: " JAVASCRIPT:alert(1)", external: true, lang: "en" }])).toBe('<li><span lang="en">Report</span>');
    expect(factItemsHtml([{ term: "Website", details: [{ text: "x", href: "data:text/html,<b>" }] }])).toBe("<div><dt>Website</dt><dd>x</dd></div>");
    expect(linkItemsHtml([{ label: "Report", href: "HTTPS://example.org", external: true }])).toBe('<li><a href="HTTPS://example.org" rel="noopener nofollow">Report</a>');
  });
});

describe("factItemsHtml", () => {
  it("writes each term and its description; several parts are paragraphs", () => {
    expect(
      factItemsHtml([
        { term: "Countries", details: [{ links: [{ label: "Malta", href: "/countries/mt" }, { label: "Romania", href: "/countries/ro" }] }] },
        { term: "Reach", details: [{ text: "1,200 pupils" }, { text: "Schools in the north", lang: "en" }] },
        { term: "Website", details: [{ text: "example.org", href: "https://example.org" }] },
      ]),
    ).toBe(
      '<div><dt>Countries</dt><dd><ul class="inline-links"><li><a href="/countries/mt">Malta</a>,<li><a href="/countries/ro">Romania</a></ul></dd></div>' +
        '<div><dt>Reach</dt><dd><p>1,200 pupils</p><p><span lang="en">Schools in the north</span></p></dd></div>' +
        '<div><dt>Website</dt><dd><a href="https://example.org" rel="noopener nofollow" class="break-all">example.org</a></dd></div>',
    );
  });

  it("escapes terms, texts, languages and addresses", () => {
    const html = factItemsHtml([
      { term: HOSTILE, details: [{ text: HOSTILE, lang: `"><b>` }, { text: HOSTILE, href: `javascript:"><script>` }] },
    ]);
    expect(html).not.toMatch(/<img|<script|<b>/);
    expect(html).toContain(`<dt>${ESCAPED}</dt>`);
  });
});

describe("countryShapesHtml", () => {
  it("writes a named link per country, its outline or marker (always with the dark border), escaped", () => {
    const html = countryShapesHtml([
      { href: "/countries/ro", label: "Romania: 12 entries", outline: "/map/s.svg?v=1#RO", marker: null, fill: "#2a71b0", stroke: "#fff" },
      { href: "/countries/mt", label: HOSTILE, outline: null, marker: { x: 10, y: 20 }, fill: "url(#m-none)", stroke: "#ffffff" },
    ]);
    expect(html).toBe(
      '<a href="/countries/ro" aria-label="Romania: 12 entries"><use class="shape" href="/map/s.svg?v=1#RO" fill="#2a71b0" stroke="#fff"></use></a>' +
        `<a href="/countries/mt" aria-label="${ESCAPED}"><circle cx="10" cy="20" r="7.5" fill="#fff" stroke="none"></circle>` +
        '<circle class="shape" cx="10" cy="20" r="6" fill="url(#m-none)" stroke="#334155"></circle></a>',
    );
  });
});

describe("TagList", () => {
  const tags = [{ label: "Primary (12)", href: "/levels/primary" }];

  it("links in the page's language", () => {
    expect(renderInLanguage(createElement(TagList, { label: "Levels", tags }), "de")).toBe(
      '<ul aria-label="Levels" class="tag-list"><li><a href="/de/levels/primary">Primary (12)</a></ul>',
    );
    expect(renderInLanguage(createElement(TagList, { label: "Levels", tags }))).toContain('<a href="/levels/primary">');
  });

  it("writes nothing for no tags", () => {
    expect(renderInLanguage(createElement(TagList, { label: "Levels", tags: [] }))).toBe("");
  });
});
