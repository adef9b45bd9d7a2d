import { themePath } from "@/lib/catalogue/paths";
import { facetValueRoute } from "../../_browse/facet-value-route";

const route = facetValueRoute({ facet: "theme", param: "slug", path: themePath });

export const generateMetadata = route.generateMetadata;
export default route.Page;
