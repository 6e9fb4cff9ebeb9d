import type { ParamCodec, ParamValues } from '../../lib/route-state/param-schema';
import { readParams } from '../../lib/route-state/param-schema';
import { CHOROPLETH_MODES, type ChoroplethMode } from '../map/choropleth';
import { COLOUR_MODES, type ColourMode } from '../map/colours';
import { isSortKey, type SortKey } from '../map/sort';
import { formatMapView, parseMapView, type MapView } from '../map/view-param';
import { oneOf, projectIdParam } from './codecs';
import type { HomeParam } from './param-names';

const HOME_TABS = ['peta', 'daftar'] as const;
export type HomeTab = (typeof HOME_TABS)[number];

/**
 * The map page's own parameters (HOME_PARAMS), beside the shared filters: a shared link reopens
 * the same project, view, colouring, choropleth, list order and phone tab.
 */
export const HOME_SCHEMA = {
  proyek: projectIdParam,
  peta: { parse: parseMapView, format: formatMapView } satisfies ParamCodec<MapView>,
  /** Absent = 'status'. */
  warna: oneOf<ColourMode>(COLOUR_MODES),
  sebaran: oneOf<ChoroplethMode>(CHOROPLETH_MODES),
  urut: {
    parse: (raw) => (isSortKey(raw) ? raw : undefined),
    format: (key) => key,
  } satisfies ParamCodec<SortKey>,
  /** Absent = 'peta' (phones show one at a time). */
  tampil: oneOf<HomeTab>(HOME_TABS),
} satisfies { [K in HomeParam]-?: ParamCodec<unknown> };

export type HomeState = ParamValues<typeof HOME_SCHEMA>;

export function parseHomeState(params: URLSearchParams): { state: HomeState; ignored: HomeParam[] } {
  const { values, ignored } = readParams(HOME_SCHEMA, params);
  return { state: values, ignored };
}
