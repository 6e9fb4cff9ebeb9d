/**
 * Where the sample lives once published (npm run data:publish): config.json, the MSW handlers and
 * the build all use these paths. The package is mocks/data/sample-package.json.
 */
export const SAMPLE_FOLDER = 'data/sdabmbk-2023';
export const SAMPLE_DATA_PATH = `${SAMPLE_FOLDER}/paket.json`;
export const SAMPLE_INDEX_PATH = `${SAMPLE_FOLDER}/index.json`;
export const SAMPLE_PACKAGE_FILE = 'mocks/data/sample-package.json';
