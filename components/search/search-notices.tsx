import type { SearchResult } from "@/lib/search";

export function SearchNotices({ problems, corrections }: { problems: string[]; corrections: SearchResult["corrections"] }) {
  return (
    <>
      {problems.length > 0 && (
        <div role="status" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
          <p className="font-semibold">Part of this search was ignored:</p>
          <ul className="mt-1 list-disc pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {corrections.length > 0 && (
        <p className="text-sm text-slate-700">
          Including close matches:{" "}
          {corrections.map((c, i) => (
            <span key={c.from}>
              {i > 0 && "; "}“{c.from}” → {c.to.map((t) => `“${t}”`).join(", ")}
            </span>
          ))}
        </p>
      )}
    </>
  );
}
