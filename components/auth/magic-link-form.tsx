"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { getCsrfToken } from "next-auth/react";
import { TextField } from "@/components/forms/text-field";

// Posts to next-auth's email sign-in, which wants its CSRF token: fetched once
// the page runs, so this form (unlike the password form) needs JavaScript.

export function MagicLinkForm({ callbackUrl }: { callbackUrl: string }) {
  const t = useTranslations("auth");
  const [csrfToken, setCsrfToken] = useState<string | null>(null);
  useEffect(() => {
    let active = true;
    void getCsrfToken().then((token) => {
      if (active) setCsrfToken(token ?? null);
    });
    return () => {
      active = false;
    };
  }, []);
  return (
    <form method="post" action="/api/auth/signin/email" className="space-y-4" aria-labelledby="magic-heading">
      <h2 id="magic-heading" className="text-lg font-semibold">
        {t("magicLink.heading")}
      </h2>
      <input type="hidden" name="csrfToken" value={csrfToken ?? ""} />
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <TextField form="magic" name="email" type="email" label={t("form.emailAddress")} autoComplete="email" />
      <button type="submit" disabled={!csrfToken} className="rounded-md border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-70">
        {t("magicLink.submit")}
      </button>
    </form>
  );
}
