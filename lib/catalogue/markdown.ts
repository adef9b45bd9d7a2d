import { LRUCache } from "lru-cache";
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

// Descriptions are Markdown. Whatever their origin, the HTML is sanitised with
// an allowlist before it reaches a page; links are marked as user content.
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote", "code", "pre", "hr"],
  allowedAttributes: { a: ["href", "title", "lang", "rel"] },
  allowedSchemes: ["http", "https", "mailto"],
  transformTags: {
    a: sanitizeHtml.simpleTransform("a", { rel: "nofollow ugc noopener" }),
    h1: "h2",
  },
};

// Parsing and sanitising cost more than the rest of an entry page; the HTML is
// a pure function of the text, so the text itself is the key (an edited entry
// has another text: nothing to invalidate). Bounded by characters kept.
const rendered = new LRUCache<string, string>({
  maxSize: 8_000_000,
  // lru-cache refuses a size of 0 (an empty text renders to nothing).
  sizeCalculation: (html, markdown) => Math.max(1, html.length + markdown.length),
});

export function renderMarkdown(markdown: string): string {
  const hit = rendered.get(markdown);
  if (hit !== undefined) return hit;
  const html = sanitizeHtml(marked.parse(markdown, { async: false, gfm: true }), ALLOWED);
  rendered.set(markdown, html);
  return html;
}
