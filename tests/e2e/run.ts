import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { startStaticServer } from './support/static-server';
import { DIST_DIR } from './support/env';

/**
 * End-to-end tests against the built app: serve dist/ with a plain static server, then run every
 * spec in tests/e2e/specs with Node's test runner (one at a time: two cores, one Chromium each).
 *
 * Nothing may hang: a test fails after TEST_TIMEOUT_MS (the slowest takes under a minute), and the
 * whole run is stopped after RUN_TIMEOUT_MS (it takes about 7 minutes) with a message, well inside
 * the limit after which CI would cut it off without one.
 */
const TEST_TIMEOUT_MS = 10 * 60_000;
const RUN_TIMEOUT_MS = 40 * 60_000;

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
      [
        '--import',
        'tsx',
        '--test',
        '--test-concurrency=1',
        `--test-timeout=${TEST_TIMEOUT_MS}`,
        // A test that timed out may leave a browser open; the run ends anyway.
        '--test-force-exit',
        '--test-reporter=spec',
        ...specs,
      ],
      { stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: server.url } },
    );
    const watchdog = setTimeout(() => {
      console.error(`The end-to-end tests ran over ${RUN_TIMEOUT_MS / 60_000} minutes: stopped.`);
      child.kill('SIGKILL');
    }, RUN_TIMEOUT_MS);
    child.on('exit', (exitCode) => {
      clearTimeout(watchdog);
      done(exitCode ?? 1);
    });
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
