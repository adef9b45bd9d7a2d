import { levelPath } from "@/lib/catalogue/paths";
import { facetValueRoute } from "../../_browse/facet-value-route";

const route = facetValueRoute({
  facet: "level",
  param: "slug",
  path: levelPath,
  heading: (label) => label,
  intro: (label) => `Entries of the catalogue for the education level “${label}”, newest first.`,
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
