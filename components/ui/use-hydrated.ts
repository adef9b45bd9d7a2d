import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/** False on the server and in the first render, true once JavaScript runs: controls that need it appear only then. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
