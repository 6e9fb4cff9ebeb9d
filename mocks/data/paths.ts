/** Where the sample package lives: config.json, the MSW handler and the build all use this path. */
export const SAMPLE_DATA_PATH = 'data/paket-sdabmbk-2023.json';
export const SAMPLE_PACKAGE_FILE = 'mocks/data/sample-package.json';
