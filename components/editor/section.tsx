import type { ReactNode } from "react";
import { Section as TitledSection } from "@/components/ui/section";

/** One group of the editor's fields, boxed, with a visible heading that names it for screen readers too. */
export function Section({ id, title, intro, children }: { id: string; title: string; intro?: string; children: ReactNode }) {
  return (
    <TitledSection id={id} title={title} intro={intro} className="space-y-4 rounded-lg border border-slate-200 p-4 sm:p-6">
      {children}
    </TitledSection>
  );
}
