"use client";

import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { ROLES, toRole, type Role } from "@/lib/auth/permissions";
import { IDLE, type FormAction } from "@/lib/forms/action-state";
import { ConfirmBox } from "@/components/forms/confirm-box";
import { FormOutcome } from "@/components/forms/form-outcome";
import { SubmitButton } from "@/components/forms/submit-button";
import { useHydrated } from "@/components/ui/use-hydrated";

/**
 * One user's role. A change asks for a ticked box that says what the new role
 * grants; without JavaScript the box is always there (the page lists what each
 * role grants), and the server refuses a change without it.
 */
export function RoleForm({ action, userId, email, current }: { action: FormAction; userId: string; email: string; current: string }) {
  const [state, formAction] = useActionState(action, IDLE);
  const t = useTranslations("admin");
  const currentRole = toRole(current);
  const [chosen, setChosen] = useState<Role>(currentRole);
  const hydrated = useHydrated();
  const form = `role-${userId}`;
  const changing = chosen !== currentRole;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="userId" value={userId} />
      <div className="flex flex-wrap items-end gap-3">
        <label htmlFor={`${form}-select`} className="sr-only">
          {t("roleForm.roleOf", { email })}
        </label>
        <select
          id={`${form}-select`}
          name="role"
          value={chosen}
          onChange={(e) => setChosen(toRole(e.target.value))}
          className="rounded-md border border-slate-400 bg-white px-3 py-2"
        >
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`roles.${role}`)}
            </option>
          ))}
        </select>
        <SubmitButton>{t("roleForm.submit")}</SubmitButton>
      </div>
      {(!hydrated || changing || state.fieldErrors.confirm) && (
        <div className="max-w-md space-y-1 text-sm">
          {hydrated && changing && (
            <p>
              {t.rich("roleForm.grants", {
                role: chosen,
                name: t(`roles.${chosen}`),
                grants: t(`grants.${chosen}`),
                strong: (chunks) => <strong>{chunks}</strong>,
              })}
            </p>
          )}
          <ConfirmBox form={form} messages={state.fieldErrors.confirm}>
            {hydrated ? t("roleForm.confirm", { email, role: chosen, name: t(`roles.${chosen}`) }) : t("roleForm.confirmAny")}
          </ConfirmBox>
        </div>
      )}
      <FormOutcome state={state} shown={["confirm"]} />
    </form>
  );
}
