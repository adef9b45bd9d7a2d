import type { Metadata } from "next";
import Link from "next/link";
import { EndpointSection, SchemaSection } from "@/components/api-docs/endpoint-section";
import { API_CACHE_CONTROL } from "@/lib/api/conditional";
import { openApiDocument } from "@/lib/api/openapi";
import { apiRateLimit } from "@/lib/api/rate-limit-setting";
import { absoluteUrl } from "@/lib/site-url";

export function generateMetadata(): Metadata {
  return {
    title: "Open API",
    description: "Read the published entries of the STEM Clearinghouse as JSON: endpoints, parameters, examples and response shapes.",
    alternates: { canonical: absoluteUrl("/api-docs") },
  };
}
// The server URL in the examples is the site's configured address, read at request time.
export const dynamic = "force-dynamic";

export default function ApiDocsPage() {
  const document = openApiDocument();
  const server = document.servers[0]?.url ?? "";
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">Open API</h1>
        <p>{document.info.description}</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            Base address: <code className="break-all">{server}</code>. Every endpoint answers GET with JSON, except the
            export, which also writes CSV.
          </li>
          <li>
            The machine-readable description is the{" "}
            <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>; this page is generated from it.
          </li>
          <li>
            Only published entries appear. Answers send <code>Cache-Control: {API_CACHE_CONTROL}</code> and an{" "}
            <code>ETag</code>; repeat a request with <code>If-None-Match</code> and that tag to get{" "}
            <code>304 Not Modified</code> without a body while nothing has changed.
          </li>
          <li>
            Each client may send {apiRateLimit()} requests a minute. Beyond that the answer is <code>429</code> with a{" "}
            <code>Retry-After</code> header giving the seconds to wait.
          </li>
          <li>
            Browsers may call the API from any site (<code>Access-Control-Allow-Origin: *</code>). Preflight{" "}
            <code>OPTIONS</code> requests are answered, so a page may send <code>If-None-Match</code> itself.
          </li>
          <li>
            Errors have one shape: <code>{"{ error: { code, message, details } }"}</code>, with <code>details</code> listing
            each problem of a bad request.
          </li>
          <li>
            The same searches, for people: the <Link href="/search">search page</Link>.
          </li>
        </ul>
      </header>
      {Object.entries(document.paths).map(([path, { get }]) => (
        <EndpointSection key={path} document={document} path={path} operation={get} />
      ))}
      <section aria-labelledby="shapes" className="space-y-2 border-t border-slate-200 pt-6">
        <h2 id="shapes" className="text-xl font-semibold">
          Response shapes
        </h2>
        <p>Fields marked optional may be left out; every other field is always present, null when unknown.</p>
        {Object.keys(document.components.schemas).map((name) => (
          <SchemaSection key={name} document={document} name={name} />
        ))}
      </section>
    </div>
  );
}
