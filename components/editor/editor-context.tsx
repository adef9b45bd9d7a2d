"use client";

import { createContext, useContext } from "react";

// Errors of the last check and the moderator's comments, for every field of the editor.

export type EditorMessages = { errors: Record<string, string[]>; notes: Record<string, string> };

const EditorMessagesContext = createContext<EditorMessages>({ errors: {}, notes: {} });

export const EditorMessagesProvider = EditorMessagesContext.Provider;

export function useEditorMessages(): EditorMessages {
  return useContext(EditorMessagesContext);
}
