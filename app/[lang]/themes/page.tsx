import type { Metadata } from "next";
import { themePath } from "@/lib/catalogue/paths";
import { absoluteUrl } from "@/lib/site-url";
import { FacetIndexPage } from "../_browse/facet-value-route";

export function generateMetadata(): Metadata {
  return { title: "Themes", description: "STEM education entries by theme.", alternates: { canonical: absoluteUrl("/themes") } };
}
export const dynamic = "force-dynamic";

export default function ThemesPage() {
  return (
    <FacetIndexPage
      facet="theme"
      title="Themes"
      intro="From gender equality to earthquake engineering: browse the catalogue by what the work is about."
      path={themePath}
      emptyLabel="Themes without entries yet"
    />
  );
}
