import type { Metadata } from "next";
import { themePath } from "@/lib/catalogue/paths";
import { countFacetValues } from "@/lib/search/browse";
import { FacetValueGrid } from "@/components/browse/facet-value-grid";

export const metadata: Metadata = { title: "Themes", description: "STEM education entries by theme." };
export const dynamic = "force-dynamic";

export default async function ThemesPage() {
  const themes = await countFacetValues("theme");
  return (
    <div>
      <h1 className="text-3xl font-bold">Themes</h1>
      <p className="mt-3 max-w-3xl text-slate-700">From gender equality to earthquake engineering: browse the catalogue by what the work is about.</p>
      <div className="mt-6">
        <FacetValueGrid values={themes} href={themePath} emptyLabel="Themes without entries yet" />
      </div>
    </div>
  );
}
