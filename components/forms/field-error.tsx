import { useTranslations } from "next-intl";
import { errorId } from "./ids";
import { translateProblem } from "./problem-text";

/**
 * The error under one input. Its id is what the input's aria-describedby points
 * at; "Error:" is said to screen readers, as the colour and sign are not.
 */
export function FieldError({ inputId, messages }: { inputId: string; messages: string[] | undefined }) {
  const t = useTranslations("forms");
  const v = useTranslations("validation");
  if (!messages || messages.length === 0) return null;
  return (
    <p id={errorId(inputId)} className="mt-1 text-sm font-semibold text-red-800">
      <span aria-hidden="true">⚠ </span>
      <span className="sr-only">{t("errorPrefix")} </span>
      {[...new Set(messages.map((m) => translateProblem(m, v)))].join(" ")}
    </p>
  );
}
