import { useTranslations } from "next-intl";
import { feedLinks } from "@/lib/feeds/links";
import type { FeedSearch } from "@/lib/feeds/title";

/** The visible links to the feeds of the results shown (the <head> has them too). */
export function FeedLinks({ query }: { query: FeedSearch }) {
  const t = useTranslations("search");
  const links = feedLinks(query);
  return (
    <span className="text-sm">
      {t("feed")}{" "}
      <a href={links.rss} type="application/rss+xml">
        RSS
      </a>{" "}
      /{" "}
      <a href={links.atom} type="application/atom+xml">
        Atom
      </a>
    </span>
  );
}
