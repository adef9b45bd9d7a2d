import type { Metadata } from "next";
import { countryPath } from "@/lib/catalogue/paths";
import { countFacetValues } from "@/lib/search/browse";
import { FacetValueGrid } from "@/components/browse/facet-value-grid";

export const metadata: Metadata = { title: "Countries", description: "STEM education entries by country across Europe." };
export const dynamic = "force-dynamic";

export default async function CountriesPage() {
  const countries = await countFacetValues("country");
  const covered = countries.filter((c) => c.count > 0).length;
  return (
    <div>
      <h1 className="text-3xl font-bold">Countries</h1>
      <p className="mt-3 max-w-3xl text-slate-700">
        The catalogue covers {covered} of the {countries.length} countries of the region. Choose a country to see its
        programmes, platforms, resources and project teams.
      </p>
      <div className="mt-6">
        <FacetValueGrid values={countries} href={countryPath} emptyLabel="Countries without entries yet" />
      </div>
    </div>
  );
}
