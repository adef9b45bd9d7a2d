import { useLocale, useTranslations } from "next-intl";
import { localisedPath } from "@/lib/i18n/locales";
import { FieldError } from "@/components/forms/field-error";
import { describedBy, errorId, fieldId, hintId } from "@/components/forms/ids";

const ID = fieldId("lookup", "slug");

export function EntryLookupForm({ defaultValue = "", error }: { defaultValue?: string; error?: string }) {
  const t = useTranslations("moderation.lookup");
  const locale = useLocale();
  const messages = error ? [error] : undefined;
  return (
    <form action={localisedPath(locale, "/moderation/entries")} method="get" className="text-sm">
      <label htmlFor={ID} className="font-semibold">
        {t("label")}
      </label>
      <p id={hintId(ID)} className="text-slate-600">
        {t.rich("hint", { example: "stem-alliance-romania", code: (chunks) => <code>{chunks}</code> })}
      </p>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={ID}
          name="slug"
          type="text"
          required
          defaultValue={defaultValue}
          autoComplete="off"
          aria-invalid={messages ? true : undefined}
          aria-describedby={describedBy(hintId(ID), messages && errorId(ID))}
          className="w-72 max-w-full rounded-md border border-slate-400 bg-white px-3 py-1.5"
        />
        <button type="submit" className="rounded-md border border-brand-700 px-4 py-1.5 font-semibold text-brand-700 hover:bg-brand-50">
          {t("submit")}
        </button>
      </div>
      <FieldError inputId={ID} messages={messages} />
    </form>
  );
}
