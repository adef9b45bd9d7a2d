import { themePath } from "@/lib/catalogue/paths";
import { FacetIndexPage, facetIndexMetadata } from "../_browse/facet-value-route";

export function generateMetadata() {
  return facetIndexMetadata("theme", "/themes");
}
export const dynamic = "force-dynamic";

export default function ThemesPage() {
  return <FacetIndexPage facet="theme" path={themePath} />;
}
