import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { getProfile } from "@/lib/account/profile";
import { requireActor } from "@/lib/auth/session";
import { localisedPath } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { listOrganisations } from "@/lib/organisations/memberships";
import { ActionForm } from "@/components/forms/action-form";
import { DeleteAccountForm } from "@/components/auth/delete-account-form";
import { Section } from "@/components/ui/section";
import { deleteAccountAction, leaveOrganisationAction, requestMembershipAction } from "./actions";
// Language of mails (issue 14):
import { MailLanguageForm } from "@/components/account/mail-language-form";
import { mailLanguageOf } from "@/lib/users/mail-language";
import { mailLanguageAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("account");
  return { title: t("title"), robots: { index: false } };
}

const ROLES = ["member", "moderator", "admin"] as const;
const STATES = ["active", "requested"] as const;

function known<T extends string>(list: readonly T[], value: string): T | undefined {
  return list.find((item) => item === value);
}

export default async function AccountPage() {
  const actor = await requireActor("/account");
  const [profile, organisations] = await Promise.all([getProfile(actor), listOrganisations()]);
  if (!profile) notFound();
  const [t, locale] = await Promise.all([getTranslations("account"), getLocale()]);
  const mailLanguage = await mailLanguageOf(actor.id);
  const joined = new Set(profile.memberships.map((m) => m.organisationId));
  const joinable = organisations.filter((o) => !joined.has(o.id));
  const role = known(ROLES, profile.role);
  return (
    <div className="max-w-3xl space-y-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>

      <Section id="profile" title={t("profile.heading")} className="space-y-2">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-medium">{t("profile.name")}</dt>
          <dd>{profile.name ?? "—"}</dd>
          <dt className="font-medium">{t("profile.email")}</dt>
          <dd>{profile.email}</dd>
          <dt className="font-medium">{t("profile.role")}</dt>
          <dd>{role ? t(`roles.${role}`) : profile.role}</dd>
        </dl>
        {!profile.hasPassword && <p>{t.rich("profile.noPassword", { link: (chunks) => <Link href="/auth/forgot-password">{chunks}</Link> })}</p>}
      </Section>

      <MailLanguageForm action={mailLanguageAction} current={mailLanguage} />

      <Section id="organisations" title={t("organisations.heading")} className="space-y-4">
        {profile.memberships.length === 0 ? (
          <p>{t("organisations.none")}</p>
        ) : (
          <ul className="space-y-3">
            {profile.memberships.map((m) => {
              const state = known(STATES, m.state);
              return (
                <li key={m.organisationId} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-200 p-3">
                  <span>
                    <strong>{m.name}</strong> — {state ? t(`organisations.states.${state}`) : m.state}
                  </span>
                  <ActionForm
                    action={leaveOrganisationAction}
                    submitLabel={m.state === "active" ? t("organisations.leave", { name: m.name }) : t("organisations.withdraw")}
                    tone="danger"
                  >
                    <input type="hidden" name="organisationId" value={m.organisationId} />
                  </ActionForm>
                </li>
              );
            })}
          </ul>
        )}
        {joinable.length > 0 && (
          <ActionForm action={requestMembershipAction} submitLabel={t("organisations.join")}>
            <div>
              <label htmlFor="join-organisation" className="block font-medium">
                {t("organisations.choose")}
              </label>
              <select id="join-organisation" name="organisationId" required className="mt-1 block w-full max-w-md rounded-md border border-slate-400 bg-white px-3 py-2">
                {joinable.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                    {o.country ? ` (${o.country})` : ""}
                  </option>
                ))}
              </select>
            </div>
          </ActionForm>
        )}
      </Section>

      {/* The "language of mails" section goes here (issue 14, mails helper). */}

      <Section id="data" title={t("data.heading")} className="space-y-2">
        <p>{t("data.intro")}</p>
        <p>
          <a href={localisedPath(locale, "/account/data")} download>
            {t("data.download")}
          </a>
        </p>
      </Section>

      <Section id="delete" title={t("delete.heading")} className="space-y-3 rounded-md border border-red-200 p-4">
        <p>{t("delete.intro")}</p>
        <DeleteAccountForm action={deleteAccountAction} email={profile.email} />
      </Section>
    </div>
  );
}
