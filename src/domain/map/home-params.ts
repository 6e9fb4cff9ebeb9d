import { CHOROPLETH_MODES, type ChoroplethMode } from './choropleth';
import { COLOUR_MODES, type ColourMode } from './colours';
import { isSortKey, type SortKey } from './sort';
import { parseMapView, type MapView } from './view-param';

/**
 * The map page's own URL parameters, beside the shared filters. Public like them: a shared link
 * reopens the same project, view, colouring, choropleth, list order and phone tab.
 */
export const HOME_PARAMS = ['proyek', 'peta', 'warna', 'sebaran', 'urut', 'tampil'] as const;
export type HomeParam = (typeof HOME_PARAMS)[number];

const HOME_TABS = ['peta', 'daftar'] as const;
export type HomeTab = (typeof HOME_TABS)[number];

export interface HomeState {
  proyek?: string;
  peta?: MapView;
  /** Absent = 'status'. */
  warna?: ColourMode;
  sebaran?: ChoroplethMode;
  urut?: SortKey;
  /** Absent = 'peta' (phones show one at a time). */
  tampil?: HomeTab;
}

const ID = /^[\w.:-]{1,120}$/;
const oneOf = <T extends string>(options: readonly T[], value: string): T | undefined =>
  (options as readonly string[]).includes(value) ? (value as T) : undefined;

export function parseHomeState(params: URLSearchParams): { state: HomeState; ignored: HomeParam[] } {
  const state: HomeState = {};
  const ignored: HomeParam[] = [];
  const read = <K extends HomeParam>(name: K, parse: (v: string) => HomeState[K] | undefined) => {
    const raw = params.get(name);
    if (raw === null) return;
    const value = parse(raw.trim());
    if (value === undefined) ignored.push(name);
    else state[name] = value;
  };
  read('proyek', (v) => (ID.test(v) ? v : undefined));
  read('peta', parseMapView);
  read('warna', (v) => oneOf(COLOUR_MODES, v));
  read('sebaran', (v) => oneOf(CHOROPLETH_MODES, v));
  read('urut', (v) => (isSortKey(v) ? v : undefined));
  read('tampil', (v) => oneOf(HOME_TABS, v));
  return { state, ignored };
}
