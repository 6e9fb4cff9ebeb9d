import { dirname, join } from 'node:path';
import react from '@vitejs/plugin-react';
import { createServer, type ViteDevServer } from 'vite';

/**
 * A Vite server that only loads modules for Node (no HTTP, no file watching): the build's
 * prerender steps render the app's own components with it.
 */
export function ssrServer(root: string): Promise<ViteDevServer> {
  return createServer({
    root,
    configFile: false,
    plugins: [react()],
    server: { middlewareMode: true, hmr: false, ws: false },
    appType: 'custom',
    logLevel: 'error',
    optimizeDeps: { noDiscovery: true, include: [] },
  });
}

/** The build's published folder (where config.json's indexUrl is), when it is inside the build. */
export function publishedFolderIn(outDir: string, config: { indexUrl?: unknown }): string | undefined {
  const indexUrl = config.indexUrl;
  if (typeof indexUrl !== 'string' || !indexUrl || /^[a-z]+:|^\/\//i.test(indexUrl)) return undefined;
  return dirname(join(outDir, indexUrl));
}
