import { IDLE, type ActionState } from "@/lib/forms/action-state";
import type { EditorContent } from "./form-data";

// What the entry editor's server action answers when it does not redirect: the
// action state every form gets, with the editor's content as its values, and
// two more fields.

export type EditorState = ActionState<EditorContent | null> & {
  /** Sanitised HTML of the description, when "Preview" was pressed without JavaScript; null otherwise. */
  previewHtml: string | null;
  /** Changes whenever the action answers, so the fields are drawn again from `values`. */
  round: number;
};

export const EDITOR_IDLE: EditorState = { ...IDLE, values: null, previewHtml: null, round: 0 };
