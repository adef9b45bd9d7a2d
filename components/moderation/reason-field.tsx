import { useTranslations } from "next-intl";
import { FieldError } from "@/components/forms/field-error";
import { describedBy, errorId, fieldId } from "@/components/forms/ids";

/** The required reason of archiving or restoring an entry, which the organisation is shown (and, archiving, everyone). */
export function ReasonField({ form, defaultValue, messages, public: shownPublicly = false }: { form: string; defaultValue: string; messages: string[] | undefined; public?: boolean }) {
  const t = useTranslations("moderation.reason");
  const id = fieldId(form, "reason");
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {t("label")} <span className="font-normal">{shownPublicly ? t("publicNote") : t("note")}</span>
      </label>
      <textarea
        id={id}
        name="reason"
        rows={3}
        required
        maxLength={2000}
        defaultValue={defaultValue}
        aria-invalid={messages ? true : undefined}
        aria-describedby={describedBy(messages && errorId(id))}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2"
      />
      <FieldError inputId={id} messages={messages} />
    </div>
  );
}
