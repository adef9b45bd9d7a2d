import { getTranslations } from "next-intl/server";

/** "Alliance member": on a member's directory card and on the entries it owns. */
export async function AllianceBadge() {
  const t = await getTranslations("alliance");
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-emerald-800 bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-900">
      <span aria-hidden="true">★</span>
      {t("badge")}
    </span>
  );
}
