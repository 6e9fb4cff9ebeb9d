/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { SAMPLE_DATA_PATH, SAMPLE_PACKAGE_FILE } from './mocks/data/paths';
import { serviceWorkerPlugin } from './src/sw/vite-plugin';
import { cspPlugin } from './tests/quality/csp';

/**
 * The production build needs no MSW: the sample package is emitted as a static file at the path
 * public/config.json points to, so any static web server shows the same dashboard over real HTTP.
 */
function emitSamplePackage(): Plugin {
  return {
    name: 'pantaubangun:emit-sample-package',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SAMPLE_DATA_PATH, source: readFileSync(SAMPLE_PACKAGE_FILE) });
    },
  };
}

export default defineConfig({
  plugins: [react(), emitSamplePackage(), serviceWorkerPlugin(), cspPlugin()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The bundle budget check reads the manifest to follow each route's chunk graph.
    manifest: true,
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
});
