import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EndpointSection, SchemaSection } from "@/components/api-docs/endpoint-section";
import { API_CACHE_CONTROL } from "@/lib/api/conditional";
import { openApiDocument } from "@/lib/api/openapi";
import { apiRateLimit } from "@/lib/api/rate-limit-setting";
import { Link } from "@/lib/i18n/navigation";
import { absoluteUrl } from "@/lib/site-url";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiDocs");
  return {
    title: t("title"),
    description: t("description"),
    alternates: { canonical: absoluteUrl("/api-docs") },
  };
}
// The server URL in the examples is the site's configured address, read at request time.
export const dynamic = "force-dynamic";

// Header names, status codes and JSON keep their spelling in every language.
const code = (chunks: React.ReactNode) => <code>{chunks}</code>;

export default async function ApiDocsPage() {
  const t = await getTranslations("apiDocs");
  const document = openApiDocument();
  const server = document.servers[0]?.url ?? "";
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">{t("title")}</h1>
        <p>{document.info.description}</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t.rich("base", { server, address: (chunks) => <code className="break-all">{chunks}</code> })}</li>
          <li>{t.rich("machineReadable", { link: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a> })}</li>
          <li>{t.rich("caching", { cacheControl: API_CACHE_CONTROL, code })}</li>
          <li>{t.rich("rateLimit", { limit: apiRateLimit(), code })}</li>
          <li>{t.rich("cors", { code })}</li>
          <li>{t.rich("errors", { shape: "{ error: { code, message, details } }", code })}</li>
          <li>{t.rich("forPeople", { link: (chunks) => <Link href="/search">{chunks}</Link> })}</li>
        </ul>
      </header>
      {Object.entries(document.paths).map(([path, { get }]) => (
        <EndpointSection key={path} document={document} path={path} operation={get} />
      ))}
      <section aria-labelledby="shapes" className="space-y-2 border-t border-slate-200 pt-6">
        <h2 id="shapes" className="text-xl font-semibold">
          {t("shapes.heading")}
        </h2>
        <p>{t("shapes.intro")}</p>
        {Object.keys(document.components.schemas).map((name) => (
          <SchemaSection key={name} document={document} name={name} />
        ))}
      </section>
    </div>
  );
}
