import { datasetHandlers } from './dataset';
import { staticFileHandlers } from './static-files';

/** The backend, mocked: what the dev server's worker answers. */
export const browserHandlers = [...datasetHandlers];

/** Tests also need the files the web server would serve. */
export const testHandlers = [...staticFileHandlers, ...datasetHandlers];
