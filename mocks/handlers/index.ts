import { datasetHandlers } from './dataset';
import { staticFileHandlers } from './static-files';

/** Tests also need the files the web server would serve. */
export const testHandlers = [...staticFileHandlers, ...datasetHandlers];
