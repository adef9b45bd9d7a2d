import "server-only";
import { createTranslator } from "next-intl";
import type { NextRequest } from "next/server";
import { queryStringTooLong } from "@/lib/api/search-request";
import { formatNumber } from "@/lib/format/numbers";
import { type Locale, toLocale } from "@/lib/i18n/locales";
import { loadMessages } from "@/lib/i18n/messages";
import { loadEmbedList } from "./list";
import { parseEmbedParams } from "./options";
import { EMBED_STYLE_HASH, renderEmbedList, renderEmbedProblems, type EmbedPageTexts } from "./page";

// Any site may frame the list (frame-ancestors *), but the page itself may load
// nothing and run nothing. The route never reads or sets a cookie.
const HEADERS = {
  "Content-Type": "text/html; charset=utf-8",
  "Content-Security-Policy": `default-src 'none'; style-src '${EMBED_STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors *`,
  "Cross-Origin-Resource-Policy": "cross-origin",
} as const;

async function pageTexts(locale: Locale): Promise<EmbedPageTexts & { tooLong: string }> {
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "embed.list" });
  return {
    checkAddress: t("checkAddress"),
    empty: t("empty"),
    cannotShow: t("cannotShow"),
    tooLong: t("tooLong"),
    more: (total, shown) => (total === 0 ? t("browse") : total > shown ? t("all", { count: total, total: formatNumber(total, locale) }) : t("open")),
  };
}

/** The language asked for, for the problem page too: English when it is missing or unknown. */
function requestedLocale(request: NextRequest): Locale {
  const lang = request.nextUrl.searchParams.get("lang")?.trim();
  return toLocale(lang);
}

export async function embedListResponse(request: NextRequest): Promise<Response> {
  const locale = requestedLocale(request);
  const texts = await pageTexts(locale);
  if (queryStringTooLong(request)) {
    return new Response(renderEmbedProblems([texts.tooLong], texts, locale), { status: 414, headers: HEADERS });
  }
  const { options, problems } = parseEmbedParams(request.nextUrl.searchParams);
  if (problems.length > 0) return new Response(renderEmbedProblems(problems, texts, locale), { status: 400, headers: HEADERS });
  const html = renderEmbedList(await loadEmbedList(options), texts, options.lang);
  // Live, but a page with the list on it should not ask us on every view.
  return new Response(html, { headers: { ...HEADERS, "Cache-Control": "public, max-age=300" } });
}
