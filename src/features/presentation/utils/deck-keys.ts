/**
 * What a key does in the deck. Presentation clickers send PageDown/PageUp (some send arrows), so
 * both move; a number typed then Enter jumps. Pure, so every key is unit-tested.
 */
export type DeckAction =
  | { type: 'goto'; index: number }
  | { type: 'digits'; digits: string }
  | { type: 'fullscreen' }
  | { type: 'escape' }
  | { type: 'none' };

export interface DeckKeyInput {
  key: string;
  current: number;
  total: number;
  /** Digits typed so far, waiting for Enter. */
  digits: string;
}

const NEXT = new Set(['ArrowRight', 'PageDown', ' ', 'Spacebar', 'ArrowDown']);
const PREVIOUS = new Set(['ArrowLeft', 'PageUp', 'ArrowUp', 'Backspace']);

/** A slide number has at most three digits; more is a typing slip, not a 4-digit deck. */
const MAX_DIGITS = 3;

export function deckKeyAction({ key, current, total, digits }: DeckKeyInput): DeckAction {
  const last = Math.max(0, total - 1);
  if (/^[0-9]$/.test(key)) {
    const typed = (digits + key).slice(-MAX_DIGITS);
    return { type: 'digits', digits: typed };
  }
  if (key === 'Enter') {
    if (digits === '') return { type: 'none' };
    const n = Number.parseInt(digits, 10);
    return { type: 'goto', index: Math.min(Math.max(n - 1, 0), last) };
  }
  if (key === 'Backspace' && digits !== '') return { type: 'digits', digits: digits.slice(0, -1) };
  if (NEXT.has(key)) return { type: 'goto', index: Math.min(current + 1, last) };
  if (PREVIOUS.has(key)) return { type: 'goto', index: Math.max(current - 1, 0) };
  if (key === 'Home') return { type: 'goto', index: 0 };
  if (key === 'End') return { type: 'goto', index: last };
  if (key === 'f' || key === 'F') return { type: 'fullscreen' };
  if (key === 'Escape' || key === 'Esc') return { type: 'escape' };
  return { type: 'none' };
}

/**
 * Keys the deck leaves alone: anything typed into a form field, shortcuts with modifiers (Ctrl+P
 * must still print), and Space/Enter on a focused control (they press it).
 */
export function deckIgnoresKey(event: {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  target: EventTarget | null;
}): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey) return true;
  const target = event.target as { tagName?: string; isContentEditable?: boolean } | null;
  const tag = target?.tagName?.toLowerCase() ?? '';
  if (tag === 'input' || tag === 'textarea' || tag === 'select' || target?.isContentEditable) return true;
  const pressesControl = event.key === ' ' || event.key === 'Enter';
  return pressesControl && (tag === 'button' || tag === 'a' || tag === 'summary');
}
