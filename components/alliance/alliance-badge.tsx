import { getTranslations } from "next-intl/server";

/** "Alliance member": on a member's directory card and on the entries it owns. */
export async function AllianceBadge() {
  const t = await getTranslations("alliance");
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-emerald-800 bg-emerald-50 px-2 py-0.5 text-xs font-semibold text-emerald-900">
      {/* Drawn, not a glyph: our fonts have no star (tests/unit/interface-glyphs.test.ts). */}
      <svg aria-hidden="true" viewBox="0 0 20 20" className="size-3 fill-current">
        <path d="M10 1.5l2.6 5.6 6.1.7-4.5 4.2 1.2 6-5.4-3-5.4 3 1.2-6L1.3 7.8l6.1-.7z" />
      </svg>
      {t("badge")}
    </span>
  );
}
