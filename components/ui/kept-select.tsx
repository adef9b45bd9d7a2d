import type { ComponentPropsWithRef } from "react";

type Props = Omit<ComponentPropsWithRef<"select">, "defaultValue" | "value"> & { defaultValue: string };

/**
 * A <select> of a form that React resets after its action (useActionState).
 * React applies a select's defaultValue only when it mounts, so the reset
 * would go back to the first value ever shown, losing what was chosen (and,
 * after a success, showing a stale value). Keyed by the value to show, it
 * mounts afresh whenever that changes.
 */
export function KeptSelect({ defaultValue, ...props }: Props) {
  return <select key={defaultValue} defaultValue={defaultValue} {...props} />;
}
