import { useLocale, useTranslations } from "next-intl";
import { FACETS, type Facet } from "@/lib/catalogue/vocabularies";
import { Link } from "@/lib/i18n/navigation";
import type { FacetCount, SearchQuery } from "@/lib/search";
import { formatNumber } from "@/lib/format/numbers";
import { searchPath } from "@/lib/search/query";

const VISIBLE = 8;

function FacetOption({ facet, option }: { facet: Facet; option: FacetCount }) {
  const locale = useLocale();
  return (
    <li>
      <label className="facet-option">
        <input type="checkbox" name={facet} value={option.value} defaultChecked={option.selected} />
        {option.label}
        <span>({formatNumber(option.count, locale)})</span>
      </label>
    </li>
  );
}

type GroupProps = { facet: Facet; options: FacetCount[]; expanded: boolean; toggleHref: string };

// Long vocabularies show their most frequent values; "show all" is a link, so
// it works without JavaScript and the page stays small for everyone else.
function FacetGroup({ facet, options, expanded, toggleHref }: GroupProps) {
  const t = useTranslations("search.facets");
  const facetName = useTranslations("vocabulary.facet");
  const visible = expanded ? options : options.filter((o, i) => i < VISIBLE || o.selected);
  const hidden = options.length - visible.length;
  return (
    <fieldset className="border-t border-slate-200 pt-3">
      <legend className="text-sm font-semibold text-slate-900">{facetName(facet)}</legend>
      {options.length === 0 ? (
        <p className="mt-2 text-sm text-slate-600">{t("noValues")}</p>
      ) : (
        <ul className="mt-2 space-y-1.5">
          {visible.map((o) => (
            // The key follows the selection: a box ticked by hand, then unticked by a chip or
            // "Clear all" (a client-side navigation), must show the new state, which
            // defaultChecked alone does not do once the box was touched.
            <FacetOption key={`${o.value}:${o.selected}`} facet={facet} option={o} />
          ))}
        </ul>
      )}
      {(hidden > 0 || expanded) && options.length > VISIBLE && (
        <Link href={toggleHref} scroll={false} className="mt-2 inline-block text-sm">
          {expanded ? t("showFewer", { facet }) : t("showAll", { facet, count: options.length })}
        </Link>
      )}
    </fieldset>
  );
}

type PanelProps = { facets: Record<Facet, FacetCount[]>; query: SearchQuery; expanded: Facet[]; headingId: string };

export function FacetPanel({ facets, query, expanded, headingId }: PanelProps) {
  const t = useTranslations("search.facets");
  const toggleHref = (facet: Facet) => {
    const expand = expanded.includes(facet) ? expanded.filter((f) => f !== facet) : [...expanded, facet];
    return searchPath({ ...query, expand });
  };
  return (
    <div className="space-y-4">
      <h2 id={headingId} className="text-base font-semibold">
        {t("heading")}
      </h2>
      {expanded.map((f) => (
        <input key={f} type="hidden" name="expand" value={f} />
      ))}
      {(["kind", ...FACETS.filter((f) => f !== "kind")] as const).map((facet) => (
        <FacetGroup
          key={facet}
          facet={facet}
          options={facets[facet]}
          expanded={expanded.includes(facet)}
          toggleHref={toggleHref(facet)}
        />
      ))}
      <button type="submit" className="drawer-hide w-full rounded-md border border-brand-700 px-3 py-2 text-sm font-semibold text-brand-700 hover:bg-brand-50">
        {t("apply")}
      </button>
    </div>
  );
}
