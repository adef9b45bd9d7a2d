import Link from "next/link";
import { labelOf } from "@/lib/catalogue/vocabularies";
import { entryPath } from "@/lib/catalogue/paths";
import type { LinkedEntry } from "@/lib/catalogue/entries";

export function RelatedEntries({ title, entries }: { title: string; entries: LinkedEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <section className="mt-8">
      <h2 className="text-lg font-semibold">{title}</h2>
      <ul className="mt-2 space-y-1">
        {entries.map((e) => (
          <li key={`${e.slug}-${e.role}`}>
            <Link href={entryPath(e.slug)}>{e.title}</Link>{" "}
            <span className="text-sm text-slate-600">
              ({labelOf("kind", e.kind)}
              {e.role !== "related" && e.role !== "organisation" ? `, ${e.role.replace("-", " ")}` : ""})
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
