import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { levelSchema } from "@/lib/catalogue/schema";
import { levelPath } from "@/lib/catalogue/paths";
import { labelOf } from "@/lib/catalogue/vocabularies";
import { browseFacetValue, landingPage } from "@/lib/search/browse";
import { FacetLanding } from "@/components/browse/facet-landing";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const level = levelSchema.safeParse((await params).slug);
  return { title: level.success ? labelOf("level", level.data) : "Education level not found" };
}

export default async function LevelPage({ params, searchParams }: Props) {
  const parsed = levelSchema.safeParse((await params).slug);
  if (!parsed.success) notFound();
  const level = parsed.data;
  const { query, result } = await browseFacetValue("level", level, landingPage(await searchParams));
  return (
    <FacetLanding
      title={labelOf("level", level)}
      intro={`Entries of the catalogue for the education level “${labelOf("level", level)}”, newest first.`}
      query={query}
      result={result}
      basePath={levelPath(level)}
    />
  );
}
