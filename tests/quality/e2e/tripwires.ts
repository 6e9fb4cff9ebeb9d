/**
 * Tripwires for hostile data: payloads in tests/fixtures/hostile/ try to set window.__pwned, call
 * alert/confirm/prompt, or load the image "x". Installed before any page script runs, read after.
 */
import type { BrowserContext, Page } from 'playwright-core';

const INIT = `
  window.__alerts = [];
  for (const name of ['alert', 'confirm', 'prompt', 'print']) {
    window[name] = (...args) => { window.__alerts.push(name + '(' + args.join(',') + ')'); return null; };
  }
  window.__csp = [];
  document.addEventListener('securitypolicyviolation', (e) => {
    window.__csp.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
  });
`;

export async function installTripwires(context: BrowserContext): Promise<void> {
  await context.addInitScript(INIT);
}

export interface Sprung {
  pwned: unknown;
  alerts: string[];
  csp: string[];
  unsafeLinks: string[];
  handlers: string[];
  injected: string[];
}

/** What the page did that it must never do. Empty arrays and undefined `pwned` mean safe. */
export async function readTripwires(page: Page): Promise<Sprung> {
  return page.evaluate(() => {
    const w = window as unknown as { __pwned?: unknown; __alerts?: string[]; __csp?: string[] };
    const unsafeLinks: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>(
      '[href], [src], [action], [formaction], [xlink\\:href]',
    )) {
      for (const attr of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
        const raw = el.getAttribute(attr);
        if (raw === null) continue;
        let protocol = '';
        try {
          protocol = new URL(raw, location.href).protocol;
        } catch {
          continue;
        }
        // blob: is the app's own downloads; data: only for images the app itself draws.
        const ok =
          ['http:', 'https:', 'mailto:', 'tel:', 'blob:'].includes(protocol) ||
          (protocol === 'data:' && el.tagName === 'IMG' && raw.startsWith('data:image/'));
        if (!ok) unsafeLinks.push(`<${el.tagName.toLowerCase()} ${attr}="${raw.slice(0, 60)}">`);
      }
    }
    const handlers: string[] = [];
    for (const el of document.querySelectorAll('body *')) {
      for (const attr of el.getAttributeNames()) {
        if (attr.startsWith('on')) handlers.push(`<${el.tagName.toLowerCase()} ${attr}>`);
      }
    }
    // Elements a payload would create if text were parsed as HTML.
    const injected = [
      ...document.querySelectorAll(
        'body script, body iframe, body object, body embed, body style, img[src="x"]',
      ),
    ].map((el) => el.outerHTML.slice(0, 80));
    return {
      pwned: w.__pwned,
      alerts: w.__alerts ?? [],
      csp: w.__csp ?? [],
      unsafeLinks,
      handlers,
      injected,
    };
  });
}

/** Console lines that show a payload ran or was parsed. */
export function payloadConsole(messages: string[]): string[] {
  return messages.filter((text) => /pwned|onerror|onload|<script|javascript:/i.test(text));
}
