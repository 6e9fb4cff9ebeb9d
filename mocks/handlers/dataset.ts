import { http, HttpResponse } from 'msw';
import samplePackage from '../data/sample-package.json';
import { SAMPLE_DATA_PATH } from '../data/paths';

/**
 * The happy path of the data contract: the sample OC4IDS package at the URL config.json names.
 * Tests override it with `server.use(...)` to inject each failure (README, "Testing").
 */
export const datasetHandlers = [http.get(`*/${SAMPLE_DATA_PATH}`, () => HttpResponse.json(samplePackage))];
