import { themePath } from "@/lib/catalogue/paths";
import { facetValueRoute } from "../../_browse/facet-value-route";

const route = facetValueRoute({
  facet: "theme",
  param: "slug",
  path: themePath,
  heading: (label) => label,
  intro: (label) => `Entries of the catalogue on ${label.toLowerCase()}, newest first.`,
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
