// Hostile text that every field must survive: each payload, if it ever ran,
// would call window.__xss(), which the browser tests watch for.

export const XSS_PAYLOADS = [
  `<script>window.__xss("script")</script>`,
  `<img src=x onerror="window.__xss('img')">`,
  `<svg onload="window.__xss('svg')"></svg>`,
  `"><script>window.__xss("attr-break")</script>`,
  `'><img src=x onerror=window.__xss('quote')>`,
  `[click me](javascript:window.__xss('md-link'))`,
  `<a href="javascript:window.__xss('a')">link</a>`,
  `<iframe src="javascript:window.__xss('iframe')"></iframe>`,
  `<details open ontoggle="window.__xss('details')">`,
  `![x](x" onerror="window.__xss('md-img'))`,
  `<style>@import 'javascript:window.__xss("css")'</style>`,
  `</textarea><script>window.__xss("textarea")</script>`,
  `{{constructor.constructor('window.__xss("template")')()}}`,
  `<math><mtext><table><mglyph><style><img src=x onerror=window.__xss('mxss')>`,
] as const;

/** One text holding every payload, for fields that take free text. */
export const XSS_TEXT = XSS_PAYLOADS.join("\n\n");
