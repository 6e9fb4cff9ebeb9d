import {
  entryKey,
  evaluateRoutes,
  frameworkInEntry,
  packagesInSources,
  routeChunks,
  routeFiles,
  staticClosure,
  type FileFacts,
  type Manifest,
} from '../quality/bundle-graph';

// A tiny build: the home route statically needs the map (Leaflet) and lazily the charts; the embed
// route statically needs the charts.
const manifest: Manifest = {
  'index.html': {
    file: 'assets/index.js',
    isEntry: true,
    src: 'index.html',
    imports: ['_react.js'],
    dynamicImports: ['src/app/routes/home-route.tsx', 'src/app/routes/embed-route.tsx', 'src/other/lazy.ts'],
    css: ['assets/index.css'],
  },
  '_react.js': { file: 'assets/react.js' },
  '_map.js': { file: 'assets/map.js', imports: ['_react.js'], css: ['assets/map.css'] },
  '_charts.js': { file: 'assets/charts.js', imports: ['_react.js'] },
  'src/app/routes/home-route.tsx': {
    file: 'assets/home-route.js',
    isDynamicEntry: true,
    imports: ['_map.js'],
    dynamicImports: ['_charts.js'],
  },
  'src/app/routes/embed-route.tsx': {
    file: 'assets/embed-route.js',
    isDynamicEntry: true,
    imports: ['_charts.js', '_react.js'],
  },
  'src/other/lazy.ts': { file: 'assets/lazy.js', isDynamicEntry: true },
};

const packagesOf: Record<string, string[]> = {
  'assets/react.js': ['react', 'react-dom'],
  'assets/map.js': ['leaflet', 'react-leaflet'],
  'assets/charts.js': ['recharts'],
};
const facts = (file: string): FileFacts => ({
  raw: 100_000,
  gzip: file.endsWith('.css') ? 1_000 : 40_000,
  packages: new Set(packagesOf[file] ?? []),
});

describe('bundle graph walker', () => {
  it('follows static imports only, once each, even through shared chunks', () => {
    expect(staticClosure(manifest, ['index.html', 'src/app/routes/home-route.tsx'])).toEqual([
      'index.html',
      'src/app/routes/home-route.tsx',
      '_react.js',
      '_map.js',
    ]);
  });

  it('fails loudly on a key the manifest does not have', () => {
    expect(() => staticClosure(manifest, ['nope'])).toThrow(/no chunk "nope"/);
  });

  it('finds the HTML entry and only the route chunks it lazy-loads', () => {
    expect(entryKey(manifest)).toBe('index.html');
    expect(routeChunks(manifest)).toEqual([
      { path: '/', key: 'src/app/routes/home-route.tsx' },
      { path: '/embed/:chart', key: 'src/app/routes/embed-route.tsx' },
    ]);
  });

  it('lists JS and CSS files a route needs, without its dynamic imports', () => {
    expect(routeFiles(manifest, 'src/app/routes/home-route.tsx')).toEqual({
      js: ['assets/index.js', 'assets/home-route.js', 'assets/react.js', 'assets/map.js'],
      css: ['assets/index.css', 'assets/map.css'],
    });
  });

  it('names the innermost package in sourcemap sources', () => {
    const found = packagesInSources([
      '../../node_modules/leaflet/dist/leaflet-src.js',
      '../../node_modules/@tanstack/react-query/build/modern/index.js',
      '../../node_modules/recharts/node_modules/d3-scale/src/linear.js',
      '../../src/app/app.tsx',
    ]);
    expect([...found].sort()).toEqual(['@tanstack/react-query', 'd3-scale', 'leaflet']);
  });

  it('passes an entry of app code only and names the framework packages an entry bundles', () => {
    expect(frameworkInEntry(new Set(['leaflet']))).toEqual([]);
    const [breach, ...more] = frameworkInEntry(new Set(['react-dom', '@tanstack/query-core', 'zod']));
    expect(more).toEqual([]);
    expect(breach).toContain('react-dom, @tanstack/query-core');
    expect(breach).not.toContain('zod');
  });

  it('passes routes inside their budgets and sums gzip sizes', () => {
    const reports = evaluateRoutes(manifest, facts, [
      { route: '/', maxGzip: 200_000, forbidden: ['recharts'] },
      { route: '/embed/:chart', maxGzip: 200_000, forbidden: ['leaflet'] },
    ]);
    const home = reports.find((r) => r.path === '/')!;
    expect(home.gzipBytes).toBe(160_000);
    expect(home.cssGzipBytes).toBe(2_000);
    expect(home.breaches).toEqual([]);
    expect(reports.find((r) => r.path === '/embed/:chart')!.breaches).toEqual([]);
  });

  it('reports a size breach and a forbidden library', () => {
    const reports = evaluateRoutes(manifest, facts, [
      { route: '/', maxGzip: 150_000, forbidden: ['leaflet'] },
    ]);
    expect(reports.find((r) => r.path === '/')!.breaches).toEqual([
      '160.0 kB gzip > budget 150.0 kB',
      'contains leaflet',
    ]);
  });

  it('reports more files than the route may load', () => {
    const files = evaluateRoutes(manifest, facts, [{ route: '/' }]).find((r) => r.path === '/')!.files.js;
    const within = evaluateRoutes(manifest, facts, [{ route: '/', maxFiles: files.length }]);
    expect(within.find((r) => r.path === '/')!.breaches).toEqual([]);
    const over = evaluateRoutes(manifest, facts, [{ route: '/', maxFiles: files.length - 1 }]);
    expect(over.find((r) => r.path === '/')!.breaches).toEqual([
      `${files.length} JavaScript files > budget ${files.length - 1}`,
    ]);
  });

  it('refuses a budget for a route the build does not have', () => {
    expect(() => evaluateRoutes(manifest, facts, [{ route: '/statistik', maxGzip: 1 }])).toThrow(
      /no route chunk for budgeted route \/statistik/,
    );
  });
});
