import { useTranslations } from "next-intl";
import { FieldError } from "@/components/forms/field-error";
import { describedBy, errorId, fieldId } from "@/components/forms/ids";

type Props = {
  form: string;
  defaultValue: string;
  messages: string[] | undefined;
  /** Shown at the entry's address too (archiving). */
  public?: boolean;
  /** Kept in the audit log only, for staff (switching contact). */
  logOnly?: boolean;
  /** In place of "Reason", where the page has another reason field (the contact switch beside archiving). */
  label?: string;
};

/** The required reason of a moderator's change: of archiving or restoring an entry, which the organisation is shown (and, archiving, everyone), or one kept for the audit log. */
export function ReasonField({ form, defaultValue, messages, public: shownPublicly = false, logOnly = false, label }: Props) {
  const t = useTranslations("moderation.reason");
  const id = fieldId(form, "reason");
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label ?? t("label")} <span className="font-normal">{shownPublicly ? t("publicNote") : logOnly ? t("logNote") : t("note")}</span>
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
