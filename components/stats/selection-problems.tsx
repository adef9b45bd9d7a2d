import { useTranslations } from "next-intl";

/** What could not be used from the address, said plainly; the rest still counts. */
export function SelectionProblems({ problems }: { problems: string[] }) {
  const t = useTranslations("statistics.problems");
  if (problems.length === 0) return null;
  return (
    <div role="alert" className="rounded-md border-2 border-red-800 bg-red-50 px-4 py-3 text-sm text-red-900">
      <p className="font-semibold">{t("heading")}</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <p className="mt-1">{t("after")}</p>
    </div>
  );
}
