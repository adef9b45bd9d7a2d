import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { themeSchema } from "@/lib/catalogue/schema";
import { themePath } from "@/lib/catalogue/paths";
import { labelOf } from "@/lib/catalogue/vocabularies";
import { browseFacetValue, landingPage } from "@/lib/search/browse";
import { FacetLanding } from "@/components/browse/facet-landing";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const theme = themeSchema.safeParse((await params).slug);
  return { title: theme.success ? labelOf("theme", theme.data) : "Theme not found" };
}

export default async function ThemePage({ params, searchParams }: Props) {
  const parsed = themeSchema.safeParse((await params).slug);
  if (!parsed.success) notFound();
  const theme = parsed.data;
  const { query, result } = await browseFacetValue("theme", theme, landingPage(await searchParams));
  return (
    <FacetLanding
      title={labelOf("theme", theme)}
      intro={`Entries of the catalogue on ${labelOf("theme", theme).toLowerCase()}, newest first.`}
      query={query}
      result={result}
      basePath={themePath(theme)}
    />
  );
}
