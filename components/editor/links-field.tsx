"use client";

import { useTranslations } from "next-intl";
import type { LinkRow } from "@/lib/submissions/form-data";
import { SelectField } from "./select-field";
import { EntryPicker } from "./entry-picker";
import { RepeatableField } from "./repeatable-field";

const SPARE_ROWS = 1;

const ROLES = ["organisation", "organiser", "funder", "funded-by", "related"] as const;

export function LinksField({ links }: { links: LinkRow[] }) {
  const t = useTranslations("editor.links");
  const roles = ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }));
  return (
    <RepeatableField
      path="links"
      legend={t("legend")}
      hint={t("hint")}
      initialRows={links.length + SPARE_ROWS}
      rowName={(n) => t("row", { n })}
      removeLabel={(n) => t("remove", { n })}
      addLabel={t("add")}
      focusOnAdd="select"
    >
      {(i) => (
        <>
          <SelectField path={`links.${i}.role`} label={t("role")} options={roles} emptyLabel={t("choose")} defaultValue={links[i]?.role} markOptional={false} />
          <EntryPicker path={`links.${i}.slug`} rolePath={`links.${i}.role`} label={t("entry")} defaultSlug={links[i]?.slug} />
        </>
      )}
    </RepeatableField>
  );
}
