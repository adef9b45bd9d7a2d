import { levelPath } from "@/lib/catalogue/paths";
import { facetValueRoute } from "../../_browse/facet-value-route";

const route = facetValueRoute({ facet: "level", param: "slug", path: levelPath });

export const generateMetadata = route.generateMetadata;
export default route.Page;
