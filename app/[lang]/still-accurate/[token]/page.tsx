import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { getPublishedEntry } from "@/lib/catalogue/entries";
import { entryPath } from "@/lib/catalogue/paths";
import { entryInLanguage } from "@/lib/catalogue/translations";
import { formatDate } from "@/lib/format/dates";
import { Link } from "@/lib/i18n/navigation";
import { localisedPath } from "@/lib/i18n/locales";
import { entryOwner } from "@/lib/organisations/directory";
import { LINK_LIFETIME_DAYS, reminderLinkState, type LinkState } from "@/lib/verification/reminder-links";
import { ReminderConfirmForm } from "@/components/verification/reminder-confirm-form";
import { SectionMessages } from "@/components/i18n/section-messages";
import { When } from "@/components/ui/when";
import { confirmByLinkAction } from "./actions";

// A reminder's "still accurate" link (ADR 016). Opening it shows the entry
// and asks for one click; nothing is confirmed by opening it. A link that
// cannot be used says why, with another way to confirm; proxy.ts gives that
// page its status (400, 403 or 410), which a page cannot set itself.

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verificationLink");
  // The address holds a secret: never indexed, and never sent on to the pages it links to.
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function StillAccuratePage({ params }: Props) {
  const { token } = await params;
  const link = await reminderLinkState(token);
  if (link.state !== "valid") return <LinkProblem link={link} />;
  const [entry, owner, locale, t, tv] = await Promise.all([
    getPublishedEntry(link.slug),
    entryOwner(link.slug),
    getLocale(),
    getTranslations("verificationLink"),
    getTranslations("verificationTable"),
  ]);
  if (!entry) return <LinkProblem link={{ state: "archived", slug: link.slug }} />;
  const shown = entryInLanguage(entry, locale);
  return (
    <div className="max-w-3xl space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t("heading")}</h1>
        <p className="mt-3 text-slate-700">{t("lead")}</p>
      </div>
      <section aria-labelledby="reminded-entry" className="rounded-lg border border-slate-300 p-4">
        <h2 id="reminded-entry" className="text-xl font-semibold wrap-anywhere" lang={shown.titleLang === locale ? undefined : shown.titleLang}>
          {shown.title}
        </h2>
        <p className="mt-2 text-slate-700" lang={shown.lang === locale ? undefined : shown.lang}>
          {shown.summary}
        </p>
        <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{tv("organisation")}</dt>
          <dd>{owner?.name ?? tv("noOrganisation")}</dd>
          <dt className="font-semibold">{tv("lastVerified")}</dt>
          <dd>{entry.lastVerifiedAt ? <When date={entry.lastVerifiedAt} /> : tv("never")}</dd>
        </dl>
        <p className="mt-3">
          <Link href={entryPath(entry.slug)}>{t("readIt")}</Link>
        </p>
      </section>
      <SectionMessages sections={["validation"]}>
        <ReminderConfirmForm
          action={confirmByLinkAction}
          token={token}
          entryHref={entryPath(entry.slug)}
          labels={{ hint: t("hint", { date: formatDate(link.expiresAt, locale) }), submit: t("confirm"), pending: t("confirming"), seeEntry: t("seeEntry") }}
        />
      </SectionMessages>
      <section aria-labelledby="changed" className="border-t border-slate-200 pt-4">
        <h2 id="changed" className="text-lg font-semibold">
          {t("changedHeading")}
        </h2>
        <p className="mt-1 text-slate-700">{t("changedText")}</p>
        <p className="mt-2">
          <Link href={`/contributions/edit/${entry.slug}`} className="font-semibold">
            {t("update")}
          </Link>
        </p>
      </section>
    </div>
  );
}

/** Why the link cannot be used, and how to confirm instead: signed in, on the entry's page (or the contributions page). */
async function LinkProblem({ link }: { link: Exclude<LinkState, { state: "valid" }> }) {
  const [t, locale] = await Promise.all([getTranslations("verificationLink"), getLocale()]);
  const signInTo = (path: string) =>
    function SignInLink(chunks: ReactNode) {
      return (
        <Link href={`/auth/sign-in?callbackUrl=${encodeURIComponent(localisedPath(locale, path))}`} className="font-semibold">
          {chunks}
        </Link>
      );
    };
  const date = (value: Date) => formatDate(value, locale);
  const { title, text } = (() => {
    switch (link.state) {
      case "unknown":
        return { title: t("unknownTitle"), text: t("unknownText") };
      case "used":
        return { title: t("usedTitle"), text: t("usedText", { date: date(link.usedAt) }) };
      case "superseded":
        return { title: t("supersededTitle"), text: t("supersededText", { date: date(link.lastVerifiedAt) }) };
      case "expired":
        return { title: t("expiredTitle"), text: t("expiredText", { days: LINK_LIFETIME_DAYS, date: date(link.expiresAt) }) };
      case "forbidden":
        return { title: t("forbiddenTitle"), text: t("forbiddenText") };
      case "archived":
        return { title: t("archivedTitle"), text: t("archivedText") };
    }
  })();
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{title}</h1>
      <p className="text-slate-700">{text}</p>
      {link.state === "unknown" ? (
        <p>{t.rich("signInToOwn", { link: signInTo("/contributions") })}</p>
      ) : link.state !== "archived" ? (
        <p>{t.rich("signInToEntry", { link: signInTo(entryPath(link.slug)) })}</p>
      ) : null}
    </div>
  );
}
