import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { readApplication } from "@/lib/alliance/application-lists";
import { canModerate } from "@/lib/auth/permissions";
import { currentActor } from "@/lib/auth/session";
import { ApplicationDetails } from "@/components/alliance/application-details";
import { DecisionForms } from "@/components/alliance/decision-forms";
import { ModerationBreadcrumb } from "@/components/moderation/moderation-breadcrumb";
import { approveAction, askMoreAction, declineAction } from "../actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alliance.staff");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** One application for staff: what it says and, while it is open, the three answers. */
export default async function AllianceApplicationReviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await currentActor();
  if (!canModerate(actor)) notFound();
  const application = await readApplication(actor, id);
  if (!application) notFound();
  const [t, ta] = await Promise.all([getTranslations("alliance.staff"), getTranslations("alliance.application")]);
  const open = application.state === "pending" || application.state === "more_requested";
  return (
    <div className="space-y-6">
      <div>
        <ModerationBreadcrumb current={application.name} trail={[{ label: t("title"), href: "/moderation/alliance" }]} />
        <h1 className="mt-3 text-2xl font-bold wrap-anywhere">{ta("title", { organisation: application.name })}</h1>
      </div>
      <div className="max-w-3xl">
        <ApplicationDetails application={application} showApplicant />
      </div>
      {open && <DecisionForms approve={approveAction} askMore={askMoreAction} decline={declineAction} application={{ id: application.id, version: application.version, state: application.state }} />}
    </div>
  );
}
