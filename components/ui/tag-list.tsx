import { useLocale } from "next-intl";
import { localisedPath, toLocale } from "@/lib/i18n/locales";
import { linkItemsHtml, type LinkItem } from "./static-html";

/** A list of links as pills (.tag-list in app/globals.css), written as one string of HTML (ADR 023): the home page shows dozens. */
export function TagList({ label, tags }: { label: string; tags: readonly LinkItem[] }) {
  const locale = useLocale();
  if (tags.length === 0) return null;
  const language = toLocale(locale);
  const links = tags.map((tag) => ({ ...tag, href: tag.href && localisedPath(language, tag.href) }));
  return <ul aria-label={label} className="tag-list" dangerouslySetInnerHTML={{ __html: linkItemsHtml(links) }} />;
}
