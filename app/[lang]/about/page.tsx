import type { Metadata } from "next";
import Link from "next/link";
import { absoluteUrl } from "@/lib/site-url";

export function generateMetadata(): Metadata {
  return {
    title: "About",
    description: "What the STEM Clearinghouse is, who keeps it, and how to use and reuse it.",
    alternates: { canonical: absoluteUrl("/about") },
  };
}

export default function AboutPage() {
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">About the clearinghouse</h1>
      <p>
        The STEM Clearinghouse is the shared catalogue of the regional STEM alliance in Europe. It brings together, in
        one searchable place, the programmes, national and regional STEM platforms, publications, educational
        resources, organisations and funded project teams that the alliance collects and reviews — among them the
        teams of the UNESCO and Huawei project <em>Revitalizing STEM education</em>.
      </p>
      <h2 className="pt-4 text-xl font-semibold">Who it is for</h2>
      <ul className="list-disc space-y-1 pl-5">
        <li>Teachers and school leaders looking for proven approaches, materials and partners near them.</li>
        <li>Policy makers and national platforms comparing what other countries do.</li>
        <li>Project teams and organisations who want their work to be found and reused.</li>
        <li>Researchers and other clearinghouses who harvest the catalogue through its open interfaces.</li>
      </ul>
      <h2 className="pt-4 text-xl font-semibold">How entries are described</h2>
      <p>
        Every entry names its countries, education levels and themes from shared vocabularies, so that a search for
        “primary” or “gender equality” finds the same things whichever language the material is in. Facts and figures
        keep a note of where they come from.
      </p>
      <h2 className="pt-4 text-xl font-semibold">Reuse</h2>
      <p>
        Any search can be queried as JSON through the <Link href="/api/v1/search">open search API</Link> with the same
        parameters as the <Link href="/search">search page</Link>, for example{" "}
        <code className="rounded bg-slate-100 px-1">/api/v1/search?country=RO&amp;level=primary</code>. The{" "}
        <Link href="/api-docs">Open API page</Link> describes every endpoint; every search can also be downloaded as CSV or
        JSON, followed as an RSS or Atom feed, and harvested through <code className="rounded bg-slate-100 px-1">/oai</code>{" "}
        (OAI-PMH 2.0).
      </p>
      <p>
        A national platform or a project team can <Link href="/embed">embed a live list</Link> of entries on its own
        site, and the <Link href="/statistics">statistics</Link> show what the catalogue holds by country, level, theme
        and year, and where it has nothing yet.
      </p>
    </div>
  );
}
