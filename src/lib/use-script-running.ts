import { useSyncExternalStore } from 'react';

const never = () => () => undefined;

/**
 * False while the build writes a page's first screen (renderToString), true in the browser: a
 * control that only the script can serve (a file picker) is drawn disabled in the static page, so
 * nothing a reader does before the script runs is silently lost.
 */
export function useScriptRunning(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
