import { useRef } from 'react';
import { useDeckKeyboard } from './use-deck-keyboard';
import { useDeckPosition } from './use-deck-position';
import { useFullscreen } from './use-fullscreen';
import { usePresenterSync } from './use-presenter-sync';

/**
 * What drives a deck's window, the hall's and the presenter's alike: the slide in the URL, the keys
 * and clicker (with the digits typed so far for a jump), full screen on the window's root element,
 * and the other window kept on the same slide of the same deck (`deckKey`).
 */
export function useDeckControls(total: number, deckKey: string) {
  const rootRef = useRef<HTMLDivElement>(null);
  const { index, goTo, params } = useDeckPosition(total);
  const fullscreen = useFullscreen(rootRef);
  const digits = useDeckKeyboard({
    index,
    total,
    goTo,
    toggleFullscreen: fullscreen.toggle,
    exitFullscreen: fullscreen.exit,
  });
  usePresenterSync(deckKey, index, goTo);
  return { rootRef, index, goTo, params, fullscreen, digits };
}
