import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getProfile } from "@/lib/account/profile";
import { requireActor } from "@/lib/auth/session";
import { listOrganisations } from "@/lib/organisations/memberships";
import { ActionForm } from "@/components/forms/action-form";
import { DeleteAccountForm } from "@/components/auth/delete-account-form";
import { Section } from "@/components/ui/section";
import { deleteAccountAction, leaveOrganisationAction, requestMembershipAction } from "./actions";
// Language of mails (issue 14):
import { MailLanguageForm } from "@/components/account/mail-language-form";
import { mailLanguageOf } from "@/lib/users/mail-language";
import { mailLanguageAction } from "./actions";

export const metadata: Metadata = { title: "Your account", robots: { index: false } };

const STATE_LABELS: Record<string, string> = { active: "member", requested: "asked to join, waiting for a moderator" };
const ROLE_LABELS: Record<string, string> = { member: "Member", moderator: "Moderator", admin: "Administrator" };

export default async function AccountPage() {
  const actor = await requireActor("/account");
  const [profile, organisations] = await Promise.all([getProfile(actor), listOrganisations()]);
  if (!profile) notFound();
  const mailLanguage = await mailLanguageOf(actor.id);
  const joined = new Set(profile.memberships.map((m) => m.organisationId));
  const joinable = organisations.filter((o) => !joined.has(o.id));
  return (
    <div className="max-w-3xl space-y-10">
      <h1 className="text-3xl font-bold">Your account</h1>

      <Section id="profile" title="Profile" className="space-y-2">
        <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1">
          <dt className="font-medium">Name</dt>
          <dd>{profile.name ?? "—"}</dd>
          <dt className="font-medium">Email</dt>
          <dd>{profile.email}</dd>
          <dt className="font-medium">Role</dt>
          <dd>{ROLE_LABELS[profile.role] ?? profile.role}</dd>
        </dl>
        {!profile.hasPassword && (
          <p>
            You have no password yet. <Link href="/auth/forgot-password">Choose one by mail</Link>.
          </p>
        )}
      </Section>

      <MailLanguageForm action={mailLanguageAction} current={mailLanguage} />

      <Section id="organisations" title="Organisations" className="space-y-4">
        {profile.memberships.length === 0 ? (
          <p>You do not belong to any organisation yet. Ask to join yours below to propose entries for it.</p>
        ) : (
          <ul className="space-y-3">
            {profile.memberships.map((m) => (
              <li key={m.organisationId} className="flex flex-wrap items-center justify-between gap-3 rounded-md border border-slate-200 p-3">
                <span>
                  <strong>{m.name}</strong> — {STATE_LABELS[m.state] ?? m.state}
                </span>
                <ActionForm action={leaveOrganisationAction} submitLabel={m.state === "active" ? `Leave ${m.name}` : "Withdraw the request"} tone="danger">
                  <input type="hidden" name="organisationId" value={m.organisationId} />
                </ActionForm>
              </li>
            ))}
          </ul>
        )}
        {joinable.length > 0 && (
          <ActionForm action={requestMembershipAction} submitLabel="Ask to join">
            <div>
              <label htmlFor="join-organisation" className="block font-medium">
                Organisation or project team
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

      <Section id="data" title="Your data" className="space-y-2">
        <p>A file with your profile, memberships, proposals and notifications, as we keep them.</p>
        <p>
          <a href="/account/data" download>
            Download my data (JSON)
          </a>
        </p>
      </Section>

      <Section id="delete" title="Delete your account" className="space-y-3 rounded-md border border-red-200 p-4">
        <p>
          Your account, memberships and notifications are deleted at once and cannot be restored. Entries your
          organisation has published stay in the catalogue, and proposals you wrote stay with your organisation,
          without your name.
        </p>
        <DeleteAccountForm action={deleteAccountAction} email={profile.email} />
      </Section>
    </div>
  );
}
