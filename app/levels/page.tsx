import type { Metadata } from "next";
import { levelPath } from "@/lib/catalogue/paths";
import { FacetIndexPage } from "../_browse/facet-value-route";

export const metadata: Metadata = { title: "Education levels", description: "STEM education entries by education level." };
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
