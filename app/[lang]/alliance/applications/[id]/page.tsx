import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { readOwnApplication } from "@/lib/alliance/application-lists";
import { applicationPath } from "@/lib/alliance/apply";
import { requireActor } from "@/lib/auth/session";
import { firstParam, type SearchParams } from "@/lib/http/search-params";
import { Link } from "@/lib/i18n/navigation";
import { AnswerForm } from "@/components/alliance/answer-form";
import { ApplicationDetails } from "@/components/alliance/application-details";
import { StatusMessage } from "@/components/forms/status-message";
import { answerAction } from "../../actions";

type Props = { params: Promise<{ id: string }>; searchParams: SearchParams };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("alliance.applications");
  return { title: t("title"), robots: { index: false, follow: false } };
}

/** One's own application: what it says, where it stands, and the answer form when staff asked for more. Anyone else's is not found. */
export default async function ApplicationPage({ params, searchParams }: Props) {
  const { id } = await params;
  const actor = await requireActor(applicationPath(id));
  // Staff read every application in their queue; here each person sees only their own.
  const application = await readOwnApplication(actor, id);
  if (!application) notFound();
  const [t, ta, query] = await Promise.all([getTranslations("alliance.application"), getTranslations("alliance.applications"), searchParams]);
  const done = firstParam(query.done);
  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-2xl font-bold wrap-anywhere">{t("title", { organisation: application.name })}</h1>
      {done === "sent" && <StatusMessage>{ta("sent")}</StatusMessage>}
      {done === "answered" && <StatusMessage>{ta("answered")}</StatusMessage>}
      <ApplicationDetails application={application} />
      {application.state === "more_requested" && <AnswerForm action={answerAction} applicationId={application.id} version={application.version} />}
      <ul className="flex flex-wrap gap-x-5 text-sm">
        <li>
          <Link href="/alliance/applications">{t("back")}</Link>
        </li>
        <li>
          <Link href="/alliance">{t("seeDirectory")}</Link>
        </li>
      </ul>
    </div>
  );
}
