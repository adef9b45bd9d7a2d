import { levelPath } from "@/lib/catalogue/paths";
import { FacetIndexPage, facetIndexMetadata } from "../_browse/facet-value-route";

export function generateMetadata() {
  return facetIndexMetadata("level", "/levels");
}
export const dynamic = "force-dynamic";

export default function LevelsPage() {
  return <FacetIndexPage facet="level" path={levelPath} />;
}
