import { useSyncExternalStore } from "react";

const subscribeNothing = () => () => {};

/** False on the server and during hydration, true in the browser after it: for what only the browser knows. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
}
