import { createHash } from "node:crypto";
import escapeHtml from "escape-html";
import Mustache from "mustache";
import type { EmbedList } from "./list";
import type { Locale } from "@/lib/i18n/locales";

// The embedded list is a small page of its own, outside the site's layout: no
// script, no cookie, one stylesheet allowed by its hash. Every value Mustache
// interpolates goes through escape-html (Mustache's own escaper also encodes
// "/" and "=", which makes addresses unreadable in the source), so catalogue
// text cannot become markup.

const STYLE = `
:root{color-scheme:light dark;--ink:#0f172a;--muted:#475569;--link:#1d4ed8;--line:#cbd5e1;--bg:#fff}
@media (prefers-color-scheme:dark){:root{--ink:#f1f5f9;--muted:#cbd5e1;--link:#93c5fd;--line:#475569;--bg:#0f172a}}
*{box-sizing:border-box}
body{margin:0;padding:12px;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
h1{margin:0 0 8px;font-size:17px;line-height:1.3}
ol{margin:0;padding:0;list-style:none}
li{padding:8px 0;border-top:1px solid var(--line)}
a{color:var(--link)}
a:focus-visible{outline:3px solid var(--link);outline-offset:2px}
.title{font-weight:600}
.meta{display:block;font-size:13px;color:var(--muted)}
.summary{margin:2px 0 0;font-size:14px}
.more,.empty{margin:10px 0 0;font-size:14px}
.problems{margin:0;padding-left:20px}
`.trim();

export const EMBED_STYLE_HASH = `sha256-${createHash("sha256").update(STYLE).digest("base64")}`;

const TEMPLATE = `<!doctype html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{{heading}}</title>
<style>{{{style}}}</style>
</head>
<body>
<main>
<h1>{{heading}}</h1>
{{#problems.length}}
<p>{{texts.checkAddress}}</p>
<ul class="problems">{{#problems}}<li>{{.}}</li>{{/problems}}</ul>
{{/problems.length}}
{{#list}}
{{#hasItems}}
<ol>
{{#items}}
<li><a class="title" href="{{url}}" target="_blank" rel="noopener"{{#titleLang}} lang="{{titleLang}}"{{/titleLang}}>{{title}}</a>
<span class="meta">{{kind}}{{#places}} · {{places}}{{/places}}</span>
<p class="summary">{{summary}}</p></li>
{{/items}}
</ol>
{{/hasItems}}
{{^hasItems}}<p class="empty">{{texts.empty}}</p>{{/hasItems}}
<p class="more"><a href="{{moreUrl}}" target="_blank" rel="noopener">{{moreText}}</a></p>
{{/list}}
</main>
</body>
</html>
`;

const OPTIONS = { escape: escapeHtml };

/** The page's own words, in the list's language (lib/embed/respond.ts translates them). */
export type EmbedPageTexts = {
  checkAddress: string;
  empty: string;
  /** The heading of a list that cannot be shown. */
  cannotShow: string;
  /** The link under the list, which depends on how many entries there are in all. */
  more: (total: number, shown: number) => string;
};

export function renderEmbedList(list: EmbedList, texts: EmbedPageTexts, lang: Locale): string {
  const view = { lang, heading: list.heading, style: STYLE, texts, problems: [], list: { ...list, hasItems: list.items.length > 0, moreText: texts.more(list.total, list.items.length) } };
  return Mustache.render(TEMPLATE, view, {}, OPTIONS);
}

export function renderEmbedProblems(problems: string[], texts: EmbedPageTexts, lang: Locale): string {
  return Mustache.render(TEMPLATE, { lang, heading: texts.cannotShow, style: STYLE, texts, problems, list: null }, {}, OPTIONS);
}
