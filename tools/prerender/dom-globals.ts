import { JSDOM } from 'jsdom';

/**
 * A browser-like global scope for rendering the app's components in Node (the build's prerender):
 * components may read window, document or localStorage while they render, as they do in a browser.
 * Returns a function that removes what it added.
 */
export function installDomGlobals(url: string): () => void {
  const dom = new JSDOM('<!doctype html><html lang="id"><body></body></html>', {
    url,
    pretendToBeVisual: true,
  });
  const scope = globalThis as Record<string, unknown>;
  const names = [
    'window',
    'document',
    'navigator',
    'localStorage',
    'sessionStorage',
    'location',
    'HTMLElement',
    'Element',
    'Node',
    'getComputedStyle',
    'matchMedia',
  ];
  const previous = new Map(names.map((name) => [name, Object.getOwnPropertyDescriptor(scope, name)]));
  for (const name of names) {
    Object.defineProperty(scope, name, {
      configurable: true,
      writable: true,
      value: (dom.window as unknown as Record<string, unknown>)[name],
    });
  }
  return function removeDomGlobals() {
    for (const [name, descriptor] of previous) {
      if (descriptor) Object.defineProperty(scope, name, descriptor);
      else Reflect.deleteProperty(scope, name);
    }
    dom.window.close();
  };
}
