import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { ResultList } from "../../components/search/result-list";
import type { SearchHit } from "../../lib/search";
import { renderInLanguage } from "../support/render-intl";

// A search page shows twenty cards, written as one string of HTML (ADR 023):
// their parts carry a short class each, with the look in app/globals.css, and
// no attribute that says nothing; catalogue text never becomes markup.

const hit: SearchHit = {
  slug: "robotics-club",
  title: "Robotics club",
  titleLang: "en",
  kind: "programme",
  summary: "After-school robotics for girls.",
  countries: ["RO"],
  levels: ["primary"],
  themes: [],
  highlights: { title: [{ text: "Robotics", match: true }, { text: " club", match: false }], summary: [{ text: "After-school robotics for girls.", match: false }] },
  translations: {},
  evidence: null,
};

const list = (hits: SearchHit[], locale: "en" | "de" = "en", headingLevel?: 2 | 3) => renderInLanguage(createElement(ResultList, { hits, headingLevel }), locale);

describe("ResultList", () => {
  it("names each card's parts with one class each and says no language when it is the page's", () => {
    const html = list([hit]);
    expect(html).toMatch(
      /^<ol class="grid gap-4" aria-label="[^"]+"><li><article class="result-card"><p class="kind">Programme · Romania<\/p><h2><a href="\/entries\/robotics-club"><mark>Robotics<\/mark> club<\/a><\/h2><p class="summary">After-school/,
    );
    expect(html).toContain('<p class="tags">Levels: Primary</p>');
    expect(html).not.toContain("lang=");
    expect(html).not.toContain('class="evidence"');
  });

  it("links in the page's language and says the language of a text in another one", () => {
    const html = list([hit], "de");
    expect(html).toContain('<a href="/de/entries/robotics-club" lang="en">');
    expect(html).toContain('<p class="summary" lang="en">');
  });

  it("takes the heading level it is given", () => {
    expect(list([hit], "en", 3)).toContain("<h3><a ");
  });

  it("shows an assessed entry's level as steps and words", () => {
    const assessed: SearchHit = { ...hit, evidence: { level: "evaluated", justification: "", evidenceUrl: null, assessedAt: new Date(0) } };
    const html = list([assessed]);
    expect(html).toMatch(/<p class="evidence"><span aria-hidden="true" class="flex shrink-0 gap-0.5">(<span class="[^"]+"><\/span>){3}<\/span>Evidence level: [^<]+<\/p>/);
    expect(html.match(/rounded-sm border border-brand-700 bg-brand-700/g)).toHaveLength(2);
  });

  it("keeps hostile catalogue text as text", () => {
    const hostile: SearchHit = {
      ...hit,
      slug: 'x"><script>',
      summary: "<img src=x onerror=alert(1)>",
      highlights: { title: [{ text: "<b>bold</b>", match: true }], summary: [{ text: "<img src=x onerror=alert(1)>", match: false }] },
    };
    const html = list([hostile]);
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain("<mark>&lt;b&gt;bold&lt;/b&gt;</mark>");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
  });
});
