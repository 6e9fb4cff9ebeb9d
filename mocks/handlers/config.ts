import { SAMPLE_DATA_PATH, SAMPLE_INDEX_PATH } from '../data/paths';

/** The same as public/config.json. */
export const defaultConfig = {
  dataUrl: SAMPLE_DATA_PATH,
  indexUrl: SAMPLE_INDEX_PATH,
  boundariesUrl: 'geo/kecamatan.geojson',
  siteUrl: 'https://pantaubangun.example',
  frameAncestors: [] as string[],
};
