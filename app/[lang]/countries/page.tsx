import type { Metadata } from "next";
import { countryPath } from "@/lib/catalogue/paths";
import { absoluteUrl } from "@/lib/site-url";
import { CountryMap } from "@/components/map/country-map";
import { FacetIndexPage } from "../_browse/facet-value-route";

export function generateMetadata(): Metadata {
  return { title: "Countries", description: "STEM education entries by country across Europe.", alternates: { canonical: absoluteUrl("/countries") } };
}
export const dynamic = "force-dynamic";

export default function CountriesPage() {
  return (
    <FacetIndexPage
      facet="country"
      title="Countries"
      intro="Choose a country to see its programmes, platforms, publications, resources, project teams and organisations."
      path={countryPath}
      emptyLabel="Countries without entries yet"
      overview={(values) => <CountryMap counts={values} />}
    />
  );
}
