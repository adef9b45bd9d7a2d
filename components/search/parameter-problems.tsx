import { useTranslations } from "next-intl";

/** Parameters of the address that were ignored, each with its reason (already in the page's language). */
export function ParameterProblems({ problems }: { problems: string[] }) {
  const t = useTranslations("search.problems");
  if (problems.length === 0) return null;
  return (
    <div role="status" className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
      <p className="font-semibold">{t("heading")}</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
