/**
 * Writes the deterministic SAMPLE package: `npm run data:sample` regenerates the committed
 * mocks/data/sample-package.json (seed 2023, 160 projects). For benchmarks:
 *   npx tsx mocks/data/generate.ts --count 50000 --seed 7 -o big-package.json --compact
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DEFAULT_COUNT, DEFAULT_SEED, generatePackage } from './generator/package';

export { generatePackage, generateDetailed, DEFAULT_COUNT, DEFAULT_SEED } from './generator/package';

function parseArgs(argv: string[]): { seed: number; count: number; out: string; compact: boolean } {
  const opts = {
    compact: false,
    seed: DEFAULT_SEED,
    count: DEFAULT_COUNT,
    out: fileURLToPath(new URL('./sample-package.json', import.meta.url)),
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, value] = [argv[i], argv[i + 1]];
    if (flag === '--compact') {
      opts.compact = true;
      continue;
    }
    if (value === undefined) throw new Error(`missing value for ${flag}`);
    if (flag === '--count') opts.count = Number(value);
    else if (flag === '--seed') opts.seed = Number(value);
    else if (flag === '-o' || flag === '--out') opts.out = value;
    else throw new Error(`unknown option ${flag} (use --count N --seed S -o path [--compact])`);
    i++;
  }
  if (!Number.isInteger(opts.count) || opts.count < 1) throw new Error('--count must be a positive integer');
  if (!Number.isInteger(opts.seed)) throw new Error('--seed must be an integer');
  return opts;
}

/**
 * Same bytes as `JSON.stringify(pkg, null, 2) + "\n"` (or unindented with `compact`), but written project
 * by project: a 50,000-project package in one string exceeds V8's maximum string length (~1 GB pretty,
 * ~0.5 GB compact — the weekly observations dominate).
 */
export function writePackage(path: string, pkg: Record<string, unknown>, compact = false): void {
  const { projects, ...envelope } = pkg as { projects: unknown[] };
  const fd = openSync(path, 'w');
  try {
    if (compact) {
      writeSync(fd, JSON.stringify({ ...envelope, projects: [] }).replace(/\[\]}$/, '['));
      projects.forEach((p, i) => writeSync(fd, `${i ? ',' : ''}${JSON.stringify(p)}`));
      writeSync(fd, ']}\n');
      return;
    }
    writeSync(fd, JSON.stringify({ ...envelope, projects: [] }, null, 2).replace(/\[\]\n}$/, '[\n'));
    projects.forEach((p, i) => {
      const body = JSON.stringify(p, null, 2).replace(/^/gm, '    ');
      writeSync(fd, `${body}${i < projects.length - 1 ? ',' : ''}\n`);
    });
    writeSync(fd, '  ]\n}\n');
  } finally {
    closeSync(fd);
  }
}

const isMain = process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1];
if (isMain) {
  const { seed, count, out, compact } = parseArgs(process.argv.slice(2));
  const pkg = generatePackage({ seed, count });
  writePackage(out, pkg, compact);
  console.log(`wrote ${count} projects (seed ${seed}) to ${out}`);
}
