import { describe, expect, it } from 'vitest';
import type { FileFacts } from '../quality/bundle-graph';
import { evaluateEmbeds } from '../quality/embed-budget';
import { MAP_MODULES, MOUNT_MODULE, type EmbedPage, type Manifest } from '../../tools/vite/embed-build';

const KB = 1000;
const page = (chart: string, modules: string[]): EmbedPage => ({
  chart,
  html: `embed/${chart}/index.html`,
  manifest: `.vite/embed/${chart}.json`,
  entry: chart,
  name: `embed-${chart}`,
  modules,
});
const shared = page('*', [MOUNT_MODULE]);
const bars = page('anggaran-kecamatan', [MOUNT_MODULE, 'src/bars-view.tsx']);

/** Each page's build: its entry, React, the mount, its chart's view; the shared one also the map. */
function manifestOf(chartKb: number, withLeafletInView = false) {
  return (p: EmbedPage): Manifest => ({
    entry: { file: `assets/${p.name}.js`, name: p.name, isEntry: true, imports: ['_react.js'] },
    '_react.js': { file: 'assets/react.js' },
    [MOUNT_MODULE]: { file: 'assets/mount.js', imports: ['_react.js'] },
    'src/bars-view.tsx': { file: `assets/bars-${chartKb}${withLeafletInView ? '-leaflet' : ''}.js` },
    ...Object.fromEntries(MAP_MODULES.map((key, i) => [key, { file: `assets/map-${i}.js` }])),
  });
}

function facts(file: string): FileFacts {
  const chart = /bars-(\d+)/.exec(file);
  const gzip = chart ? Number(chart[1]) * KB : file.includes('react') ? 70 * KB : 10 * KB;
  const packages = file.includes('map-') || file.includes('leaflet') ? ['leaflet'] : [];
  return { raw: gzip * 3, gzip, packages: new Set(packages) };
}

describe('embed page budgets', () => {
  it('counts what each page loads at once and holds a chart embed to 202 kB', () => {
    const within = evaluateEmbeds([bars], manifestOf(112), facts, 120 * KB);
    // entry 10 + React 70 + mount 10 + chart 112.
    expect(within[0]).toMatchObject({ path: '/embed/anggaran-kecamatan', gzipBytes: 202 * KB, breaches: [] });
    const over = evaluateEmbeds([bars], manifestOf(113), facts, 120 * KB);
    expect(over[0]!.breaches).toEqual(['203.0 kB gzip > budget 202.0 kB']);
  });

  it('refuses Leaflet in a chart embed', () => {
    const [report] = evaluateEmbeds([bars], manifestOf(10, true), facts, 120 * KB);
    expect(report!.breaches).toContain('contains leaflet');
  });

  it('measures /embed/peta with the map modules against the floor page plus 40 kB', () => {
    const reports = evaluateEmbeds([shared], manifestOf(10), facts, 100 * KB);
    const map = reports.find((r) => r.path === '/embed/peta')!;
    // entry 10 + React 70 + mount 10 + three map modules 30 = 120 kB, within 100 + 40.
    expect(map.gzipBytes).toBe(90 * KB + MAP_MODULES.length * 10 * KB);
    expect(map.breaches).toEqual([]);
    const tighter = evaluateEmbeds([shared], manifestOf(10), facts, 70 * KB);
    expect(tighter.find((r) => r.path === '/embed/peta')!.breaches).toHaveLength(1);
  });
});
