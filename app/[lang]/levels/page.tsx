import type { Metadata } from "next";
import { levelPath } from "@/lib/catalogue/paths";
import { absoluteUrl } from "@/lib/site-url";
import { FacetIndexPage } from "../_browse/facet-value-route";

export function generateMetadata(): Metadata {
  return { title: "Education levels", description: "STEM education entries by education level.", alternates: { canonical: absoluteUrl("/levels") } };
}
export const dynamic = "force-dynamic";

export default function LevelsPage() {
  return (
    <FacetIndexPage
      facet="level"
      title="Education levels"
      intro="From early childhood to lifelong learning and the teachers’ own development: browse the catalogue by who learns."
      path={levelPath}
      emptyLabel="Levels without entries yet"
    />
  );
}
