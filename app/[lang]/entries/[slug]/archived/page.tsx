import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { getArchivedEntry } from "@/lib/catalogue/archived";
import { entryPath } from "@/lib/catalogue/paths";
import { slugSchema } from "@/lib/catalogue/schema";
import { Link } from "@/lib/i18n/navigation";
import { When } from "@/components/ui/when";

// What an archived entry's address shows, with status 410: when the entry page
// finds no published entry, scripts/support/web-server.mjs asks for this page
// at the entry's address (lib/http/page-in-place.ts) and sends it in the entry
// page's place. Asked for directly, it shows the
// same, for an archived entry only (404 for any other).

type Props = { params: Promise<{ slug: string }> };

async function load(params: Props["params"]) {
  const { slug } = await params;
  const parsed = slugSchema.safeParse(slug);
  return parsed.success ? getArchivedEntry(parsed.data, await getLocale()) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await load(params);
  const t = await getTranslations("entry");
  return {
    title: entry ? t("archived.title", { title: entry.title }) : t("notFoundTitle"),
    robots: { index: false, follow: true },
  };
}

export default async function ArchivedEntryPage({ params }: Props) {
  const [entry, locale, t] = await Promise.all([load(params), getLocale(), getTranslations("entry")]);
  if (!entry) notFound();
  const successor = entry.successor;
  return (
    <div className="max-w-2xl">
      <h1 className="text-2xl font-bold">{t("archived.heading")}</h1>
      <p className="mt-3 text-slate-700">
        {t.rich("archived.lead", {
          title: entry.title,
          date: () => <When date={entry.archivedAt} />,
        })}
      </p>
      {entry.reason && (
        <figure className="mt-4 border-l-4 border-slate-400 pl-4">
          <figcaption className="font-semibold">{t("archived.reason")}</figcaption>
          <blockquote className="mt-1 whitespace-pre-wrap break-words text-slate-800">{entry.reason}</blockquote>
        </figure>
      )}
      {successor && (
        <p className="mt-4 text-lg">
          {t.rich("archived.successor", {
            title: successor.title,
            link: (chunks) => (
              <Link href={entryPath(successor.slug)} className="font-semibold" lang={successor.titleLang === locale ? undefined : successor.titleLang}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
      <p className="mt-6">
        {t.rich("notFound.next", { search: (chunks) => <Link href="/search">{chunks}</Link>, home: (chunks) => <Link href="/">{chunks}</Link> })}
      </p>
    </div>
  );
}
