/// <reference types="vitest/config" />
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { serviceWorkerPlugin } from './tools/vite/service-worker';
import { cspPlugin } from './tools/vite/csp';
import { precompressPlugin } from './tools/vite/precompress';
import { publishSamplePlugin } from './tools/vite/publish-sample';
import { htmlFileFor, PRERENDERED_ROUTES, prerenderPlugin } from './tools/vite/prerender';
import { embedPagesPlugin } from './tools/vite/embed-prerender';
import { STATIC_WIDTHS } from './src/embed/prerender/static-markup';
import { builtSampleIsSample } from './tools/vite/sample-flag';
import { FRAMEWORK_CHUNK } from './tools/vite/framework-chunk';

/**
 * React Router publishes a production build beside its development one, but no export condition
 * selects it: a plain Vite build bundles the development build, whose warnings for developers
 * (about 0.6 kB gzip on every page) a production build leaves out.
 */
const reactRouterProduction = join(
  dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
  'dist/production/index.mjs',
);

/**
 * Automatic splitting makes a chunk of every set of modules that the same set of lazy pages shares:
 * some 50 files of 1-3 kB before `/` is interactive. On a phone each file is a request the page's
 * parser issues and a module the browser links (measured: the HTML's parse task spent 0.14 s of
 * its 0.22 s, at 4x CPU, issuing the requests), and Lighthouse counts every request before the
 * first paint into LCP. Common chunks under 12 kB of source are copied into the chunks that read
 * them instead; Rolldown's runtime keeps one instance of each module across the copies (one state,
 * one React context), and runs modules in source order (strictExecutionOrder, turned on with it).
 * `/` loaded 10 files instead of 57, and 5 kB less gzip (README, "Measured figures").
 *
 * Left as files: the chart kit, which /statistik's eight chart chunks all read (copied into each,
 * it added 38 kB to the page). A copied chunk's styles go into the stylesheet of each chunk that
 * prints it: `/` links 2 stylesheets instead of 6. The copies are the same rules, and no other rule
 * sets a property they set on the same selector, so the order in which a visit happens to load them
 * changes nothing: the bundle budget checks that on every build (tests/quality/css-copies.ts).
 */
const INLINE_SMALL_COMMON_CHUNKS = {
  maxSize: 12_000,
  exclude: /[\\/]src[\\/](?:components[\\/]chart-card|features[\\/]charts)[\\/]/,
};

export default defineConfig(({ command }) => ({
  // Tests and the dev server keep the development build and its warnings.
  resolve:
    command === 'build' ? { alias: [{ find: /^react-router$/, replacement: reactRouterProduction }] } : {},
  plugins: [
    react(),
    publishSamplePlugin(),
    serviceWorkerPlugin({ pages: PRERENDERED_ROUTES.filter((route) => route !== '/').map(htmlFileFor) }),
    cspPlugin(),
    // The embeds' own light pages (embed.html, one per chart), each chart drawn in from the sample.
    embedPagesPlugin({ widths: STATIC_WIDTHS }),
    // After the bundle is written: the pages need the built index.html (and the map's preview, the
    // embeds' shared page); the twins need the pages.
    prerenderPlugin({ sampleData: builtSampleIsSample }),
    precompressPlugin(),
  ],
  build: {
    target: 'es2022',
    // Written beside each file, not named in it: a `//# sourceMappingURL=` comment is some 45 bytes
    // every visitor downloads in each of a page's files, for a map only a developer opens
    // (DevTools can still be given the .map). The bundle budget reads the maps to name packages.
    sourcemap: 'hidden',
    // The bundle budget check reads the manifest to follow each route's chunk graph.
    manifest: true,
    // Each page's HTML asks for its own code up front (tools/vite/prerender.ts); pages opened later
    // are precached by the service worker. The runtime preload helper cost a phone ~100 ms per
    // page opened, for requests the browser finds itself as it reads each module's imports.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
    rolldownOptions: {
      // Inlined common chunks (INLINE_SMALL_COMMON_CHUNKS) require it; the app's entries export
      // nothing anyone reads.
      preserveEntrySignatures: false,
      output: {
        codeSplitting: {
          experimentalInlineCommonChunks: INLINE_SMALL_COMMON_CHUNKS,
          groups: [FRAMEWORK_CHUNK],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
  test: {
    globals: true,
    environment: 'jsdom',
    setupFiles: ['tests/setup.ts'],
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.{ts,tsx}'],
    restoreMocks: true,
    testTimeout: 20000,
  },
}));
