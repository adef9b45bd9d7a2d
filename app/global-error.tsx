"use client";

import { usePathname } from "next/navigation";
import { splitLocalePath, type Locale } from "@/lib/i18n/locales";

// This page replaces the root layout when that fails, so no catalogue or
// translation provider is there to read: its three sentences live here, one
// set per interface language, and the language comes from the address.
const TEXTS: Record<Locale, { heading: string; message: string; retry: string }> = {
  en: { heading: "The STEM Clearinghouse is having trouble", message: "Please try again in a moment.", retry: "Try again" },
  de: { heading: "Beim STEM Clearinghouse ist ein Problem aufgetreten", message: "Bitte versuchen Sie es gleich noch einmal.", retry: "Erneut versuchen" },
  fr: { heading: "Le STEM Clearinghouse rencontre un problème", message: "Veuillez réessayer dans un instant.", retry: "Réessayer" },
  nl: { heading: "Het STEM Clearinghouse heeft een probleem", message: "Probeer het zo meteen opnieuw.", retry: "Opnieuw proberen" },
  ro: { heading: "STEM Clearinghouse întâmpină o problemă", message: "Încearcă din nou peste câteva momente.", retry: "Încearcă din nou" },
  mk: { heading: "STEM Clearinghouse има потешкотии", message: "Обидете се повторно за момент.", retry: "Обиди се повторно" },
  es: { heading: "STEM Clearinghouse tiene un problema", message: "Vuelve a intentarlo en un momento.", retry: "Reintentar" },
  it: { heading: "STEM Clearinghouse ha un problema", message: "Riprova tra un momento.", retry: "Riprova" },
};

export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = splitLocalePath(usePathname() ?? "/");
  const text = TEXTS[locale];
  return (
    <html lang={locale}>
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem" }}>
        <main>
          <h1>{text.heading}</h1>
          <p>{text.message}</p>
          <button type="button" onClick={reset}>
            {text.retry}
          </button>
        </main>
      </body>
    </html>
  );
}
