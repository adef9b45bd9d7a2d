"use client";

import { useTranslations } from "next-intl";
import { Section } from "@/components/editor/section";
import { SelectField } from "@/components/editor/select-field";
import { TextField } from "@/components/editor/text-field";
import { EVENT_FORMATS } from "@/lib/events/formats";
import { OFFERED_TIME_ZONES } from "@/lib/events/time-zones";
import type { EditorContent } from "@/lib/submissions/form-data";

/** The editor's section for an event's when and where (shown for kind "event" only). */
export function EventFields({ values }: { values: EditorContent }) {
  const t = useTranslations("editor");
  const f = useTranslations("events.formats");
  const zones: { value: string; label: string }[] = OFFERED_TIME_ZONES.map((z) => ({ value: z, label: z.replace(/_/g, " ") }));
  // A zone given through the API stays choosable, so saving the form keeps it.
  if (values.timeZone && !zones.some((z) => z.value === values.timeZone)) zones.push({ value: values.timeZone, label: values.timeZone });
  return (
    <Section id="event" title={t("event.title")} intro={t("event.intro")}>
      <div className="grid gap-4 md:grid-cols-3">
        <TextField path="startsAt" label={t("fields.startsAt")} type="datetime-local" defaultValue={values.startsAt} hint={t("event.timeHint")} />
        <TextField path="endsAt" label={t("fields.endsAt")} type="datetime-local" defaultValue={values.endsAt} />
        <SelectField path="timeZone" label={t("fields.timeZone")} options={zones} emptyLabel={t("event.notStated")} defaultValue={values.timeZone} hint={t("event.timeZoneHint")} />
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <SelectField
          path="eventFormat"
          label={t("fields.eventFormat")}
          options={EVENT_FORMATS.map((value) => ({ value, label: f(value) }))}
          emptyLabel={t("event.notStated")}
          defaultValue={values.eventFormat}
        />
        <TextField path="venue" label={t("fields.venue")} maxLength={300} defaultValue={values.venue} />
        <TextField path="city" label={t("fields.city")} maxLength={120} defaultValue={values.city} />
      </div>
      <TextField path="registrationUrl" label={t("fields.registrationUrl")} type="url" defaultValue={values.registrationUrl} hint={t("event.registrationHint")} />
      <p className="text-sm text-slate-700">{t("event.organiserHint")}</p>
    </Section>
  );
}
