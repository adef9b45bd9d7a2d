import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { approveMembershipAction, removeMembershipAction } from "../actions";

type MembershipButtonsProps = {
  userId: string;
  organisationId: string;
  /** Only a request to join can be approved. */
  canApprove: boolean;
  /** What removing means here: "Decline", "Remove", "Withdraw the invitation". */
  removeLabel: string;
};

/** Staff's buttons for one membership, on the organisations list and on an organisation's page. */
export async function MembershipButtons({ userId, organisationId, canApprove, removeLabel }: MembershipButtonsProps) {
  const t = await getTranslations("admin.organisations");
  const membership = (
    <>
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="organisationId" value={organisationId} />
    </>
  );
  return (
    <div className="flex flex-wrap gap-3">
      {canApprove && (
        <ActionForm action={approveMembershipAction} submitLabel={t("approve")}>
          {membership}
        </ActionForm>
      )}
      <ActionForm action={removeMembershipAction} submitLabel={removeLabel} tone="danger">
        {membership}
      </ActionForm>
    </div>
  );
}
