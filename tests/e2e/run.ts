import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from './support/static-server';
import { DIST_DIR } from './support/env';

/**
 * End-to-end tests against the built app: serve dist/ with a plain static server, then run every
 * spec in tests/e2e/specs with Node's test runner (one at a time: two cores, one Chromium each).
 */
async function main(): Promise<number> {
  if (!existsSync(join(DIST_DIR, 'index.html'))) {
    console.error('dist/ is missing: run `npm run build` first (npm test does).');
    return 1;
  }
  const server = await startStaticServer(DIST_DIR);
  const only = process.argv.slice(2);
  const specs = readdirSync('tests/e2e/specs')
    .filter((name) => name.endsWith('.e2e.ts'))
    .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
    .map((name) => join('tests/e2e/specs', name));
  console.log(`Serving ${DIST_DIR}/ at ${server.url}; ${specs.length} spec files`);
  const code = await new Promise<number>((done) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...specs],
      { stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: server.url } },
    );
    child.on('exit', (exitCode) => done(exitCode ?? 1));
  });
  await server.close();
  return code;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
