"use client";

import { useTranslations } from "next-intl";
import { useFormStatus } from "react-dom";

const TONES = {
  primary: "bg-brand-700 hover:bg-brand-800",
  danger: "bg-red-800 hover:bg-red-900",
};

/** A form's one button; while the form is sent it says so and cannot send it twice. */
export function SubmitButton({ children, pendingLabel, tone = "primary" }: { children: React.ReactNode; pendingLabel?: string; tone?: keyof typeof TONES }) {
  const { pending } = useFormStatus();
  const t = useTranslations("forms");
  return (
    <button type="submit" disabled={pending} aria-disabled={pending} className={`rounded-md px-5 py-2 font-semibold text-white wrap-anywhere disabled:opacity-60 ${TONES[tone]}`}>
      {pending ? (pendingLabel ?? t("pleaseWait")) : children}
    </button>
  );
}
