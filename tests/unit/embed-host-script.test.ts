import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const SOURCE = readFileSync('public/embed.js', 'utf8');
const OUR_ORIGIN = 'https://pantaubangun.example';

/** Runs public/embed.js as if loaded from `src` on this (host) page. */
function runScript(src: string) {
  Object.defineProperty(document, 'currentScript', { configurable: true, value: { src } });
  // The file is our own static asset; evaluating it is how the host page runs it.
  new Function(SOURCE)();
  Object.defineProperty(document, 'currentScript', { configurable: true, value: null });
}

function addFrame(): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.setAttribute('height', '560');
  document.body.append(frame);
  return frame;
}

function post(origin: string, source: Window | null, data: unknown) {
  window.dispatchEvent(new MessageEvent('message', { origin, source, data }));
}

describe('public/embed.js (the host-page listener)', () => {
  beforeEach(() => {
    for (const key of Object.keys(window))
      if (key.startsWith('__pantaubangunEmbed')) Reflect.deleteProperty(window, key);
  });
  afterEach(() => document.body.replaceChildren());

  it('sets the height of the iframe that posted, from our origin only', () => {
    runScript(`${OUR_ORIGIN}/embed.js`);
    const first = addFrame();
    const second = addFrame();
    post(OUR_ORIGIN, second.contentWindow, { type: 'pantaubangun:resize', height: 731, chart: 'status' });
    expect(second.style.height).toBe('731px');
    expect(second.getAttribute('height')).toBe('731');
    expect(first.getAttribute('height')).toBe('560');

    post('https://evil.example', first.contentWindow, {
      type: 'pantaubangun:resize',
      height: 10,
      chart: 'x',
    });
    expect(first.getAttribute('height')).toBe('560');
  });

  it('ignores other messages, frames that are not on the page, and absurd heights', () => {
    runScript(`${OUR_ORIGIN}/embed.js`);
    const frame = addFrame();
    post(OUR_ORIGIN, frame.contentWindow, { type: 'other', height: 300 });
    post(OUR_ORIGIN, frame.contentWindow, { type: 'pantaubangun:resize', height: 'tall' });
    post(OUR_ORIGIN, frame.contentWindow, 'pantaubangun:resize');
    post(OUR_ORIGIN, window, { type: 'pantaubangun:resize', height: 300 });
    expect(frame.getAttribute('height')).toBe('560');
    post(OUR_ORIGIN, frame.contentWindow, { type: 'pantaubangun:resize', height: 1e9 });
    expect(frame.getAttribute('height')).toBe('10000');
  });

  it('listens once however many snippets include it', () => {
    const added = vi.spyOn(window, 'addEventListener');
    runScript(`${OUR_ORIGIN}/embed.js`);
    runScript(`${OUR_ORIGIN}/embed.js?again`);
    expect(added.mock.calls.filter(([type]) => type === 'message')).toHaveLength(1);
  });
});
