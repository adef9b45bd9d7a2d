import { useTranslations } from "next-intl";

export function SearchBox({ defaultValue, autoFocus = false, size = "md" }: { defaultValue: string; autoFocus?: boolean; size?: "md" | "lg" }) {
  const t = useTranslations("search");
  const large = size === "lg";
  return (
    <div role="search" className="flex gap-2">
      <label htmlFor="search-q" className="sr-only">
        {t("boxLabel")}
      </label>
      <input
        id="search-q"
        type="search"
        name="q"
        defaultValue={defaultValue}
        autoFocus={autoFocus}
        maxLength={200}
        autoComplete="off"
        placeholder={t("placeholder")}
        className={`w-full min-w-0 rounded-md border border-slate-400 bg-white px-3 text-slate-900 placeholder:text-slate-600 ${large ? "py-3 text-lg" : "py-2"}`}
      />
      <button type="submit" className={`rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 ${large ? "py-3" : "py-2"}`}>
        {t("submit")}
      </button>
    </div>
  );
}
