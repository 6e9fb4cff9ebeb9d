import { useEffect, useState } from 'react';
import { deckIgnoresKey, deckKeyAction } from '../utils/deck-keys';
import { useLatest } from '../../../lib/use-latest';

interface DeckKeyboardOptions {
  index: number;
  total: number;
  goTo: (index: number) => void;
  toggleFullscreen: () => void;
  exitFullscreen: () => void;
}

/**
 * Keys work anywhere on the page (a clicker has no idea what has focus), except in form fields
 * and on a focused button where Space/Enter press it. Returns the digits typed for a jump.
 */
export function useDeckKeyboard(options: DeckKeyboardOptions): string {
  const [digits, setDigits] = useState('');
  const latest = useLatest({ ...options, digits });
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || deckIgnoresKey(event)) return;
      const { index, total, goTo, toggleFullscreen, exitFullscreen, digits: typed } = latest.current;
      const action = deckKeyAction({ key: event.key, current: index, total, digits: typed });
      switch (action.type) {
        case 'none':
          return;
        case 'digits':
          setDigits(action.digits);
          break;
        case 'goto':
          setDigits('');
          goTo(action.index);
          break;
        case 'fullscreen':
          toggleFullscreen();
          break;
        case 'escape':
          setDigits('');
          exitFullscreen();
          break;
      }
      // Space and PageDown would otherwise scroll the page under the deck.
      event.preventDefault();
    }
    window.addEventListener('keydown', onKeyDown);
    return function removeKeyHandler() {
      window.removeEventListener('keydown', onKeyDown);
    };
  }, [latest]);
  return digits;
}
