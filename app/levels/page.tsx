import type { Metadata } from "next";
import { levelPath } from "@/lib/catalogue/paths";
import { countFacetValues } from "@/lib/search/browse";
import { FacetValueGrid } from "@/components/browse/facet-value-grid";

export const metadata: Metadata = { title: "Education levels", description: "STEM education entries by education level." };
export const dynamic = "force-dynamic";

export default async function LevelsPage() {
  const levels = await countFacetValues("level");
  return (
    <div>
      <h1 className="text-3xl font-bold">Education levels</h1>
      <p className="mt-3 max-w-3xl text-slate-700">From early childhood to lifelong learning and the teachers&apos; own development: browse the catalogue by who learns.</p>
      <div className="mt-6">
        <FacetValueGrid values={levels} href={levelPath} emptyLabel="Levels without entries yet" />
      </div>
    </div>
  );
}
