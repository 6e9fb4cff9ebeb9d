import { describe, expect, it } from 'vitest';
import { deckIgnoresKey, deckKeyAction } from '../../src/features/presentation/utils/deck-keys';

const at = (key: string, current = 4, digits = '') => deckKeyAction({ key, current, total: 12, digits });

describe('deck keys', () => {
  it('moves forward with what clickers send: ArrowRight, PageDown, Space', () => {
    for (const key of ['ArrowRight', 'PageDown', ' ']) expect(at(key)).toEqual({ type: 'goto', index: 5 });
  });

  it('moves back with ArrowLeft and PageUp', () => {
    for (const key of ['ArrowLeft', 'PageUp']) expect(at(key)).toEqual({ type: 'goto', index: 3 });
  });

  it('stops at both ends instead of wrapping', () => {
    expect(at('ArrowRight', 11)).toEqual({ type: 'goto', index: 11 });
    expect(at('PageUp', 0)).toEqual({ type: 'goto', index: 0 });
  });

  it('goes to the first and last slide with Home and End', () => {
    expect(at('Home')).toEqual({ type: 'goto', index: 0 });
    expect(at('End')).toEqual({ type: 'goto', index: 11 });
  });

  it('collects digits and jumps on Enter, clamped to the deck', () => {
    expect(at('1')).toEqual({ type: 'digits', digits: '1' });
    expect(at('0', 4, '1')).toEqual({ type: 'digits', digits: '10' });
    expect(at('Enter', 4, '10')).toEqual({ type: 'goto', index: 9 });
    expect(at('Enter', 4, '99')).toEqual({ type: 'goto', index: 11 });
    expect(at('Enter', 4, '0')).toEqual({ type: 'goto', index: 0 });
    expect(at('Enter', 4, '')).toEqual({ type: 'none' });
    expect(at('Backspace', 4, '12')).toEqual({ type: 'digits', digits: '1' });
  });

  it('toggles full screen with F and leaves it with Escape', () => {
    expect(at('f')).toEqual({ type: 'fullscreen' });
    expect(at('F')).toEqual({ type: 'fullscreen' });
    expect(at('Escape')).toEqual({ type: 'escape' });
    expect(at('q')).toEqual({ type: 'none' });
  });

  it('leaves form fields, modified shortcuts and pressed buttons alone', () => {
    const base = { ctrlKey: false, metaKey: false, altKey: false };
    const input = { tagName: 'INPUT' } as unknown as EventTarget;
    const button = { tagName: 'BUTTON' } as unknown as EventTarget;
    const div = { tagName: 'DIV' } as unknown as EventTarget;
    expect(deckIgnoresKey({ ...base, key: 'ArrowRight', target: input })).toBe(true);
    expect(deckIgnoresKey({ ...base, key: 'p', ctrlKey: true, target: div })).toBe(true);
    expect(deckIgnoresKey({ ...base, key: ' ', target: button })).toBe(true);
    expect(deckIgnoresKey({ ...base, key: 'ArrowRight', target: button })).toBe(false);
    expect(deckIgnoresKey({ ...base, key: ' ', target: div })).toBe(false);
  });
});
