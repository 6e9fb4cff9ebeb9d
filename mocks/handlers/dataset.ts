import { http, HttpResponse } from 'msw';
import samplePackage from '../data/sample-package.json';
import { SAMPLE_DATA_PATH, SAMPLE_FOLDER, SAMPLE_INDEX_PATH } from '../data/paths';
import { publishedSample } from '../data/published-sample';
import { indexToText } from '../../src/domain/publish/index-text';

/** The boundaries as the app's own server serves them (the dev server; in tests, staticFileHandlers). */
async function boundaries(requestUrl: string): Promise<string | undefined> {
  try {
    const response = await fetch(new URL('/geo/kecamatan.geojson', requestUrl));
    return response.ok ? await response.text() : undefined;
  } catch {
    return undefined;
  }
}

const sample = (request: Request) => publishedSample(() => boundaries(request.url));

/**
 * The happy path of the data contract: the sample published as config.json names it (the package,
 * its index, weekly curves and one file per project). Tests override these with `server.use(...)`
 * to inject each failure (README, "Testing").
 */
export const datasetHandlers = [
  http.get(`*/${SAMPLE_DATA_PATH}`, () => HttpResponse.json(samplePackage)),
  // As the publish step writes it, a column a line (see index-text.ts), so the line-wise read runs.
  http.get(`*/${SAMPLE_INDEX_PATH}`, async ({ request }) =>
    HttpResponse.text(indexToText((await sample(request)).index), {
      headers: { 'Content-Type': 'application/json' },
    }),
  ),
  http.get(`*/${SAMPLE_FOLDER}/kurva-s.json`, async ({ request }) =>
    HttpResponse.json((await sample(request)).series),
  ),
  http.get(`*/${SAMPLE_FOLDER}/proyek/:file`, async ({ request, params }) => {
    const file = (await sample(request)).projectFiles.get(String(params.file));
    return file ? HttpResponse.json(file) : new HttpResponse('not found', { status: 404 });
  }),
];
