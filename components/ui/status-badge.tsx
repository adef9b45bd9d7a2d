import type { ReactNode } from "react";

// The words carry the meaning; colour and the icon only repeat it. Icons are
// drawn, not typed: an emoji such as the hourglass is missing from the fonts
// many readers have (DejaVu Sans among them) and shows as an empty box.

export type BadgeTone = "neutral" | "info" | "warning" | "success" | "danger";
export type BadgeIcon = "pencil" | "clock" | "alert" | "check" | "cross";

const TONES: Record<BadgeTone, string> = {
  neutral: "border-slate-400 bg-slate-100 text-slate-800",
  info: "border-brand-600 bg-brand-50 text-brand-800",
  warning: "border-amber-600 bg-amber-50 text-amber-900",
  success: "border-green-700 bg-green-50 text-green-900",
  danger: "border-red-800 bg-red-50 text-red-900",
};

const PATHS: Record<BadgeIcon, string> = {
  pencil: "M3 13l1-3 7-7 2 2-7 7-3 1z",
  clock: "M8 2.5a5.5 5.5 0 1 0 0 11a5.5 5.5 0 1 0 0-11zM8 5v3.5l2.5 1.5",
  alert: "M8 3v6.5M8 12v1",
  check: "M3.5 8.5l3 3 6-7",
  cross: "M4 4l8 8M12 4l-8 8",
};

function Icon({ icon }: { icon: BadgeIcon }) {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 16 16"
      className="h-3 w-3 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[icon]} />
    </svg>
  );
}

/** A short state in a pill: "Submitted", "Changed". */
export function StatusBadge({ tone, icon, className, children }: { tone: BadgeTone; icon?: BadgeIcon; className?: string; children: ReactNode }) {
  const classes = `inline-flex items-center gap-1 whitespace-nowrap rounded-full border px-2 py-0.5 text-xs font-semibold ${TONES[tone]}`;
  return (
    <span className={className ? `${className} ${classes}` : classes}>
      {icon && <Icon icon={icon} />}
      {children}
    </span>
  );
}
