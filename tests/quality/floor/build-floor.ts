import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Plugin } from 'vite';
import { precompressPlugin } from '../../../tools/vite/precompress';

/** Outside dist/, so the floor page never ships with the app. */
export const FLOOR_DIR = '.floor-dist';
/** Where the Lighthouse script serves it, beside the app on the same server. */
export const FLOOR_MOUNT = '/__floor/';

const BOUNDARIES = 'geo/kecamatan.geojson';

/** The app's own boundaries file, so the floor fetches the same bytes the app does. */
function emitBoundaries(): Plugin {
  return {
    name: 'floor:emit-boundaries',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: BOUNDARIES, source: readFileSync(`public/${BOUNDARIES}`) });
    },
  };
}

/**
 * Builds the floor page with the app's build settings (target, sourcemaps, precompressed twins), so
 * the two differ only in what the app adds on top of React, Leaflet and TanStack Query.
 */
export async function buildFloor(): Promise<void> {
  await build({
    configFile: false,
    root: fileURLToPath(new URL('.', import.meta.url)),
    base: FLOOR_MOUNT,
    publicDir: false,
    logLevel: 'warn',
    plugins: [react(), emitBoundaries(), precompressPlugin()],
    build: { outDir: resolve(FLOOR_DIR), emptyOutDir: true, target: 'es2022', sourcemap: 'hidden' },
  });
}
