import { useLocale, useTranslations } from "next-intl";
import { EMBED_DEFAULT_LIMIT, embedQueryString } from "@/lib/embed/options";
import type { FeedSearch } from "@/lib/feeds/title";
import { localisedPath } from "@/lib/i18n/locales";
import { defaultSearchQuery } from "@/lib/search/query";

/** A link to the embed builder, starting from the search shown, with the list in the page's language. */
export function EmbedLink({ query }: { query: FeedSearch }) {
  const locale = useLocale();
  const t = useTranslations("embed");
  const options = { query: defaultSearchQuery({ q: query.q, filters: query.filters }), limit: EMBED_DEFAULT_LIMIT, heading: null, lang: locale };
  return (
    <a href={localisedPath(locale, `/embed${embedQueryString(options)}`)} className="text-sm">
      {t("link")}
    </a>
  );
}
