import { fail, type Failure } from "@/lib/result";
import { formText } from "./input-text";

// Forms that cannot be undone (delete a draft, archive an entry) ask for a
// ticked "confirm" box; unticked, the action answers this and does nothing.

export function unconfirmed(form: FormData, message: string): Failure | null {
  return formText(form, "confirm") === "yes" ? null : fail("invalid", message, { confirm: ["Tick this box to confirm."] });
}
