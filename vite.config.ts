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

/**
 * React Router publishes a production build beside its development one, but no export condition
 * selects it: a plain Vite build bundles the development build, whose warnings for developers
 * (about 0.6 kB gzip on every page) a production build leaves out.
 */
const reactRouterProduction = join(
  dirname(createRequire(import.meta.url).resolve('react-router/package.json')),
  'dist/production/index.mjs',
);

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
    // every visitor downloads in each of a page's 50-odd files, for a map only a developer opens
    // (DevTools can still be given the .map). The bundle budget reads the maps to name packages.
    sourcemap: 'hidden',
    // The bundle budget check reads the manifest to follow each route's chunk graph.
    manifest: true,
    // Each page's HTML asks for its own code up front (tools/vite/prerender.ts); pages opened later
    // are precached by the service worker. The runtime preload helper cost a phone ~100 ms per
    // page opened, for requests the browser finds itself as it reads each module's imports.
    modulePreload: { resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []) },
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
