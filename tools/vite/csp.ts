import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the production build. Scripts only from our own origin: Vite's
 * build emits no inline script, so neither 'unsafe-inline' nor 'unsafe-eval' is needed, and a
 * payload that slips into the DOM cannot run. Deployers: see tests/quality/security-headers.md.
 */
export interface CspOptions {
  /**
   * Extra origins the app may fetch from: where config.json's dataUrl / boundariesUrl point when
   * they are not on this site (e.g. "https://data.bekasikab.go.id"). Also read, space-separated,
   * from the PANTAUBANGUN_CSP_CONNECT_SRC environment variable at build time.
   */
  connectSrc?: string[];
  /** Extra tile servers, if the map is pointed at other tiles than OpenStreetMap's. */
  imgSrc?: string[];
}

/** Directive -> sources; kept as data so tests can read one directive. */
export function cspDirectives(options: CspOptions = {}): Record<string, string[]> {
  return {
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    // React, Leaflet and Recharts set styles through the CSSOM (element.style), which CSP does not
    // restrict; inline <style> elements and style="" attributes stay forbidden.
    'style-src': ["'self'"],
    // data: and blob: are for the chart PNG export (an SVG serialised into a blob image, then the
    // canvas' data URL) and Leaflet's inline marker images; tiles come from OpenStreetMap.
    'img-src': [
      "'self'",
      'data:',
      'blob:',
      'https://tile.openstreetmap.org',
      'https://*.tile.openstreetmap.org',
      ...(options.imgSrc ?? []),
    ],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...(options.connectSrc ?? [])],
    'manifest-src': ["'self'"],
    // read-excel-file unzips large .xlsx entries in blob: workers (the import page); the service
    // worker itself is 'self'.
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
  };
}

export function cspPolicy(options: CspOptions = {}): string {
  return Object.entries(cspDirectives(options))
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

function envList(name: string): string[] {
  return (process.env[name] ?? '').split(/\s+/).filter(Boolean);
}

/**
 * Injects the policy as <meta http-equiv="Content-Security-Policy"> into the built index.html
 * (first in <head>, so it covers every script and style after it). Build only: Vite's dev server
 * injects inline scripts (React refresh) that a strict policy would block.
 */
export function cspPlugin(options: CspOptions = {}): Plugin {
  return {
    name: 'pantaubangun:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: {
            'http-equiv': 'Content-Security-Policy',
            content: cspPolicy({
              connectSrc: [...(options.connectSrc ?? []), ...envList('PANTAUBANGUN_CSP_CONNECT_SRC')],
              imgSrc: options.imgSrc,
            }),
          },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
