import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { AllianceBadge } from "./alliance-badge";

/** On an entry's page: its owner is a member of the Alliance, with a link to the directory. */
export async function EntryMemberBadge({ member }: { member: { name: string; slug: string } }) {
  const t = await getTranslations("alliance");
  return (
    <section aria-labelledby="alliance-badge-heading" className="mt-4 rounded-lg border border-emerald-800 p-3">
      <h2 id="alliance-badge-heading">
        <AllianceBadge />
      </h2>
      <p className="mt-2 text-sm">{t("entryBadge", { organisation: member.name })}</p>
      <p className="mt-1 text-sm">
        <Link href={`/alliance#member-${member.slug}`}>{t("title")}</Link>
      </p>
    </section>
  );
}
