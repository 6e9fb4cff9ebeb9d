import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

/**
 * Copies text to the clipboard. Where the browser refuses (insecure origin, old browser, a frame
 * without permission) the state says so and the caller shows the text selected for Ctrl+C.
 */
export function useCopy() {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback(async (text: string) => {
    clearTimeout(timer.current);
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setState('copied');
      // The confirmation fades so a second copy is announced again.
      timer.current = setTimeout(() => setState('idle'), 4000);
    } catch {
      setState('failed');
    }
  }, []);
  return { state, copy };
}
