import { getLocale, getTranslations } from "next-intl/server";
import type { DirectoryMember } from "@/lib/alliance/directory";
import { entryContactPath, entryPath } from "@/lib/catalogue/paths";
import { originalTextLang } from "@/lib/catalogue/translations";
import { formatDate } from "@/lib/format/dates";
import { toLocale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { vocabularyLabel } from "@/lib/thesaurus/vocabulary-labels";
import { AllianceBadge } from "./alliance-badge";

/** One member of the Alliance in the directory: who, where, since when, what it does, its entries and how to reach it. */
export async function MemberCard({ member }: { member: DirectoryMember }) {
  const [t, pageLocale] = await Promise.all([getTranslations("alliance"), getLocale()]);
  const locale = toLocale(pageLocale);
  const headingId = `member-${member.slug}`;
  // Names, profiles and entry titles are written once, in the catalogue's language; the page says so.
  const original = originalTextLang(locale);
  const facts = [member.type ? t(`types.${member.type}`) : null, member.country ? vocabularyLabel("country", member.country, locale) : null].filter((f) => f !== null);
  return (
    <article aria-labelledby={headingId} className="space-y-3 rounded-lg border border-slate-300 p-4">
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 id={headingId} lang={original} className="text-lg font-semibold wrap-anywhere">
          {member.name}
        </h3>
        <AllianceBadge />
      </div>
      <p className="text-sm text-slate-700">
        {facts.join(" · ")}
        {facts.length > 0 && " · "}
        <time dateTime={member.joinedOn}>{t("card.memberSince", { date: formatDate(new Date(`${member.joinedOn}T00:00:00Z`), locale) })}</time>
      </p>
      {member.profile && (
        <p lang={original} className="whitespace-pre-line wrap-anywhere">
          {member.profile}
        </p>
      )}
      {member.priorities.length > 0 && (
        <div>
          <h4 className="text-sm font-semibold">{t("card.priorities")}</h4>
          <ul className="mt-1 flex flex-wrap gap-2 text-sm">
            {member.priorities.map((p) => (
              <li key={p} className="rounded bg-slate-100 px-2 py-0.5">
                {t(`priorities.${p}`)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div>
        <h4 className="text-sm font-semibold">{t("card.entries")}</h4>
        {member.entries.length === 0 ? (
          <p className="text-sm text-slate-700">{t("card.noEntries")}</p>
        ) : (
          <ul lang={original} className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {member.entries.map((e) => (
              <li key={e.slug} className="wrap-anywhere">
                <Link href={entryPath(e.slug)}>{e.title}</Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
        {member.website && (
          <li className="wrap-anywhere">
            <a href={member.website} rel="noopener nofollow">
              {t("card.website", { organisation: member.name })}
            </a>
          </li>
        )}
        {member.contactEntry && (
          <li>
            <Link href={entryContactPath(member.contactEntry)}>{t("card.contact", { organisation: member.name })}</Link>
            <span className="block text-xs text-slate-600">{t("card.contactNote")}</span>
          </li>
        )}
      </ul>
    </article>
  );
}
