import { countryPath } from "@/lib/catalogue/paths";
import { CountryOverview } from "@/components/browse/country-overview";
import { CountryEvents } from "./country-events";
import { facetValueRoute } from "../../_browse/facet-value-route";

const route = facetValueRoute({
  facet: "country",
  param: "code",
  path: countryPath,
  fromUrl: (raw) => raw.toUpperCase(),
  overview: (props) => (
    <>
      <CountryOverview {...props} />
      <CountryEvents code={props.query.filters.country[0] ?? ""} label={props.label} />
    </>
  ),
});

export const generateMetadata = route.generateMetadata;
export default route.Page;
