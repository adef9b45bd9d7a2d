import { SectionMessages } from "@/components/i18n/section-messages";

// The alert forms' words travel with these pages only.
export default function AlertsLayout({ children }: { children: React.ReactNode }) {
  return <SectionMessages sections={["validation", "alerts"]}>{children}</SectionMessages>;
}
