import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { ResultCard } from "../../components/search/result-card";
import type { SearchHit } from "../../lib/search";
import { renderInLanguage } from "../support/render-intl";

// A search page shows twenty cards: their parts carry a short class each, with
// the look in app/globals.css, and no attribute that says nothing.

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

describe("ResultCard", () => {
  it("names its parts with one class each and says no language when it is the page's", () => {
    const html = renderInLanguage(createElement(ResultCard, { hit }));
    expect(html).toMatch(/^<article class="result-card"><p class="kind">Programme · Romania<\/p><h2><a href="\/entries\/robotics-club"[^>]*><mark>Robotics<\/mark> club<\/a><\/h2><p class="summary">After-school/);
    expect(html).toContain('<p class="tags">Levels: Primary</p>');
    expect(html).not.toContain("lang=");
  });

  it("says the language of a text in another one", () => {
    const html = renderInLanguage(createElement(ResultCard, { hit }), "de");
    expect(html).toContain('lang="en"');
  });
});
