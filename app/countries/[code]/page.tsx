import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { countrySchema } from "@/lib/catalogue/schema";
import { countryPath } from "@/lib/catalogue/paths";
import { labelOf } from "@/lib/catalogue/vocabularies";
import { browseFacetValue, landingPage } from "@/lib/search/browse";
import { FacetLanding } from "@/components/browse/facet-landing";

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function countryOf(code: string) {
  const parsed = countrySchema.safeParse(code.toUpperCase());
  return parsed.success ? parsed.data : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const country = countryOf((await params).code);
  return { title: country ? labelOf("country", country) : "Country not found" };
}

export default async function CountryPage({ params, searchParams }: Props) {
  const { code } = await params;
  const country = countryOf(code);
  if (!country) notFound();
  if (code !== code.toLowerCase()) permanentRedirect(countryPath(country));
  const name = labelOf("country", country);
  const { query, result } = await browseFacetValue("country", country, landingPage(await searchParams));
  return (
    <FacetLanding
      title={`STEM education in ${name}`}
      intro={`Programmes, platforms, publications, resources, project teams and organisations working in ${name}, newest first.`}
      query={query}
      result={result}
      basePath={countryPath(country)}
    />
  );
}
