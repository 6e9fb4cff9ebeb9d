import { http, HttpResponse } from 'msw';
import kecamatanBoundaries from '../../public/geo/kecamatan.geojson?raw';
import { defaultConfig } from './config';

/**
 * In tests there is no web server: these answer for the files that `public/` serves in the browser.
 * The dev server serves the real files, so the browser worker does not use these.
 */
export const staticFileHandlers = [
  http.get('*/config.json', () => HttpResponse.json(defaultConfig)),
  http.get(
    '*/geo/kecamatan.geojson',
    () => new HttpResponse(kecamatanBoundaries, { headers: { 'Content-Type': 'application/geo+json' } }),
  ),
];
