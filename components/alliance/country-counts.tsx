import { getTranslations } from "next-intl/server";
import type { DirectoryCount } from "@/lib/alliance/directory";
import { Link } from "@/lib/i18n/navigation";

/** How many members each country has, each a link to that country's members. */
export async function CountryCounts({ counts, label }: { counts: (DirectoryCount & { label: string })[]; label: (count: number) => string }) {
  const t = await getTranslations("alliance.counts");
  return (
    <section aria-labelledby="alliance-countries-heading">
      <h2 id="alliance-countries-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <ul className="mt-2 flex flex-wrap gap-2 text-sm">
        {counts.map((c) => (
          <li key={c.value}>
            <Link href={`/alliance?country=${c.value}`} className="inline-block rounded border border-slate-300 px-2 py-1">
              {c.label}: {label(c.count)}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
