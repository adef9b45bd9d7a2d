import { countryPath } from "@/lib/catalogue/paths";
import { CountryMap } from "@/components/map/country-map";
import { FacetIndexPage, facetIndexMetadata } from "../_browse/facet-value-route";

export function generateMetadata() {
  return facetIndexMetadata("country", "/countries");
}
export const dynamic = "force-dynamic";

export default function CountriesPage() {
  return <FacetIndexPage facet="country" path={countryPath} overview={(values) => <CountryMap counts={values} />} />;
}
