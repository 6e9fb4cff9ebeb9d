import { describe, expect, it } from 'vitest';
import { configDataFiles, precacheList } from '../../src/sw/vite-plugin';

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

  it('caches config.json and the files it names (not another origin’s)', () => {
    expect(configDataFiles('{"dataUrl":"data/p.json","boundariesUrl":"./geo/k.geojson"}')).toEqual([
      'config.json',
      'data/p.json',
      'geo/k.geojson',
    ]);
    expect(configDataFiles('{"dataUrl":"https://data.example/p.json"}')).toEqual([
      'config.json',
      'geo/kecamatan.geojson',
    ]);
    expect(configDataFiles('not json')).toEqual(['config.json']);
    expect(configDataFiles(undefined)).toEqual(['config.json']);
  });
});
