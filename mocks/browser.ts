import { setupWorker } from 'msw/browser';
// Only the data backend: the dev server serves config.json and the boundaries from public/ itself
// (importing the test-only static-file handlers here would pull public/ files into the dev bundle).
import { datasetHandlers } from './handlers/dataset';

export const worker = setupWorker(...datasetHandlers);
