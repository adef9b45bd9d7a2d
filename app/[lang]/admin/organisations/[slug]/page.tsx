import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireActor } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { getOrganisationMembers } from "@/lib/organisations/admin";
import { InviteForm } from "@/components/auth/invite-form";
import { Section } from "@/components/ui/section";
import { inviteMemberAction, setOrganisationContactAction } from "../../actions";
import { OrganisationContactForm } from "@/components/admin/organisation-contact-form";
import { MembershipButtons } from "../membership-buttons";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.members");
  return { title: t("title"), robots: { index: false } };
}

type Props = { params: Promise<{ slug: string }> };

const STATES = ["active", "requested", "invited"] as const;

export default async function OrganisationMembersPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requireActor(`/admin/organisations/${encodeURIComponent(slug)}`);
  const organisation = await getOrganisationMembers(actor, slug);
  if (!organisation) notFound();
  const t = await getTranslations("admin");
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/organisations">{t("members.allOrganisations")}</Link>
      </p>
      <h1 className="text-3xl font-bold">{organisation.name}</h1>
      <Section id="members" title={t("members.heading", { count: organisation.members.length })} className="space-y-4">
        {organisation.members.length === 0 ? (
          <p>{t("members.none")}</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {organisation.members.map((m) => {
              const state = STATES.find((s) => s === m.state);
              return (
              <li key={m.userId} className="flex flex-wrap items-center justify-between gap-4 p-3">
                <p className="min-w-0 [overflow-wrap:anywhere]">
                  <strong>{m.name ?? m.email}</strong> ({m.email}) — {state ? t(`members.states.${state}`) : m.state}
                </p>
                <MembershipButtons
                  userId={m.userId}
                  organisationId={organisation.id}
                  canApprove={m.state === "requested"}
                  removeLabel={m.state === "active" ? t("organisations.remove") : m.state === "invited" ? t("organisations.withdrawInvitation") : t("organisations.decline")}
                />
              </li>
              );
            })}
          </ul>
        )}
      </Section>
      <Section id="invite" title={t("members.add")} className="space-y-4">
        <InviteForm action={inviteMemberAction} organisationId={organisation.id} />
      </Section>
      <Section id="contact" title={t("contact.heading")} intro={t("contact.intro")} className="space-y-4">
        <OrganisationContactForm action={setOrganisationContactAction} organisationId={organisation.id} current={organisation.contactEmail ?? ""} />
      </Section>
    </div>
  );
}
