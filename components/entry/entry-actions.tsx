import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { ShareLink } from "./share-link";

const PRIMARY =
  "inline-flex flex-wrap items-baseline gap-x-2 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white no-underline hover:bg-brand-800 print:hidden";
const SECONDARY = "inline-flex items-center rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-800 no-underline hover:bg-brand-50";

/** The host of a web address, for the "Visit website" action ("www.unesco.org"). */
function hostOf(website: string): string {
  try {
    return new URL(website).host;
  } catch {
    return website;
  }
}

type Props = {
  website: string | null;
  url: string;
  title: string;
  /** The entry's contact page, when it takes messages (lib/contact). */
  contactHref?: string;
  propose?: ReactNode;
};

/** What a reader can do with an entry: visit its website, share it, write to the people behind it, and (members of its organisation) propose changes. */
export async function EntryActions({ website, url, title, contactHref, propose }: Props) {
  const t = await getTranslations("entry.actions");
  // The share button runs in the browser: its words are handed to it, so no catalogue travels there.
  const shareTexts = { share: t("share"), copied: t("copied"), copyRefused: t("copyRefused") };
  return (
    <div className="mt-5 flex flex-wrap items-center gap-3" data-entry-actions>
      {website && (
        <a href={website} rel="noopener nofollow" className={PRIMARY}>
          <span className="whitespace-nowrap">{t("visit")}</span>
          <span className="break-all font-normal">({hostOf(website)})</span>
        </a>
      )}
      <span className="print:hidden">
        <ShareLink url={url} title={title} className={SECONDARY} texts={shareTexts} />
      </span>
      {contactHref && (
        <Link href={contactHref} className={`${SECONDARY} print:hidden`}>
          {t("contact")}
        </Link>
      )}
      {propose && <div className="print:hidden">{propose}</div>}
    </div>
  );
}
