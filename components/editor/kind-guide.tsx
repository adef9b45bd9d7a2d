import { KINDS } from "@/lib/catalogue/vocabularies";

export const KIND_HINT = "What each kind means is listed below the choice.";

/** One line per kind, beside where people choose it: is a teacher guide a resource or a publication? */
export function KindGuide({ className = "" }: { className?: string }) {
  return (
    <dl aria-label="The kinds of entry" className={`grid gap-1 rounded-md bg-slate-50 p-3 text-sm text-slate-700 ${className}`}>
      {KINDS.map((k) => (
        <div key={k.value}>
          <dt className="inline font-semibold text-slate-900">{k.label}:</dt> <dd className="inline">{k.hint}</dd>
        </div>
      ))}
    </dl>
  );
}
