import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { precacheList, WORKER_SOURCE } from '../../tools/vite/service-worker';

describe('the service worker build', () => {
  it('compiles the worker itself (src/sw/service-worker.ts), not a file beside the plugin', () => {
    // Under Vitest the URL is the dev server's, not a file's: its path is what counts.
    expect(WORKER_SOURCE.pathname).toMatch(/\/src\/sw\/service-worker\.ts$/);
    expect(readFileSync('src/sw/service-worker.ts', 'utf8')).toContain("addEventListener('fetch'");
  });
});

describe('the service worker precache list', () => {
  it('keeps chunks, styles and the shell, drops source maps, the Vite manifest and itself', () => {
    expect(
      precacheList([
        'index.html',
        'assets/a-1.js',
        'assets/a-1.js.map',
        '.vite/manifest.json',
        'sw.js',
        'assets/b.css',
      ]),
    ).toEqual(['assets/a-1.js', 'assets/b.css', 'index.html']);
  });

  it('keeps the icons, and nothing a visitor does not load', () => {
    // What dist/ holds after a build: the bundle, the copied public folder and the compressed twins.
    const dist = [
      'index.html',
      'index.html.gz',
      'index.html.br',
      'assets/index-abc.js',
      'assets/index-abc.js.gz',
      'assets/index-abc.js.br',
      'assets/index-abc.css',
      'assets/read-dataset.worker-def.js',
      'favicon.svg',
      'config.json',
      'data/paket-sdabmbk-2023.json',
      'data/paket-sdabmbk-2023.json.br',
      'geo/kecamatan.geojson',
      'geo/bekasi-desa.geojson',
      'mockServiceWorker.js',
      'embed.js',
      'templates/templat-impor-paket.csv',
      'templates/templat-impor-paket.xlsx',
      'licenses/MIT-cahyadsn-wilayah.txt',
      'screenshots/peta.png',
      'sw.js',
    ];
    expect(precacheList(dist)).toEqual([
      'assets/index-abc.css',
      'assets/index-abc.js',
      'assets/read-dataset.worker-def.js',
      'favicon.svg',
      'index.html',
    ]);
  });

  it('lists a file once when the bundle and the public folder both name it', () => {
    expect(precacheList(['favicon.svg', 'favicon.svg'])).toEqual(['favicon.svg']);
  });
});
