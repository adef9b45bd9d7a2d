import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/session";
import { getOrganisationMembers } from "@/lib/organisations/admin";
import { InviteForm } from "@/components/auth/invite-form";
import { Section } from "@/components/ui/section";
import { inviteMemberAction } from "../../actions";
import { MembershipButtons } from "../membership-buttons";

export const metadata: Metadata = { title: "Organisation members", robots: { index: false } };

type Props = { params: Promise<{ slug: string }> };

const MEMBERSHIP_STATES: Record<string, string> = {
  active: "member",
  requested: "asks to join",
  invited: "invited, has not accepted yet",
};

export default async function OrganisationMembersPage({ params }: Props) {
  const { slug } = await params;
  const actor = await requireActor(`/admin/organisations/${encodeURIComponent(slug)}`);
  const organisation = await getOrganisationMembers(actor, slug);
  if (!organisation) notFound();
  return (
    <div className="space-y-8">
      <p>
        <Link href="/admin/organisations">All organisations</Link>
      </p>
      <h1 className="text-3xl font-bold">{organisation.name}</h1>
      <Section id="members" title={<>Members ({organisation.members.length})</>} className="space-y-4">
        {organisation.members.length === 0 ? (
          <p>No members yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
            {organisation.members.map((m) => (
              <li key={m.userId} className="flex flex-wrap items-center justify-between gap-4 p-3">
                <p className="min-w-0 [overflow-wrap:anywhere]">
                  <strong>{m.name ?? m.email}</strong> ({m.email}) — {MEMBERSHIP_STATES[m.state] ?? m.state}
                </p>
                <MembershipButtons
                  userId={m.userId}
                  organisationId={organisation.id}
                  canApprove={m.state === "requested"}
                  removeLabel={m.state === "active" ? "Remove" : m.state === "invited" ? "Withdraw the invitation" : "Decline"}
                />
              </li>
            ))}
          </ul>
        )}
      </Section>
      <Section id="invite" title="Add a member" className="space-y-4">
        <InviteForm action={inviteMemberAction} organisationId={organisation.id} />
      </Section>
    </div>
  );
}
