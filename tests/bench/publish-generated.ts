/**
 * Child process of `npm run bench`: generates a package and writes it to a folder, either published
 * (`npm run data:publish`'s folder: paket.json, index.json, kurva-s.json, proyek/) or raw (paket.json
 * alone, as a publisher without the tool serves it). Run apart so that the 100,000-project package
 * (gigabytes of objects while it is read) gets its own heap and gives it back when done. Prints one
 * line of JSON, a GeneratedFolder, on stdout.
 *
 *   node --import tsx tests/bench/publish-generated.ts <published|raw> <count> <seed> <out-dir>
 */
import { constants } from 'node:buffer';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { generatePackage, writePackage } from '../../mocks/data/generate';
import { PUBLISHED_FILES } from '../../src/domain/publish/published-files';
import { publishFolder, type PublishSummary } from '../../tools/publish/publish-folder';
import { publishLargeFolder } from './publish-large';

export interface GeneratedFolder {
  projects: number;
  rejected: number;
  firstId: string;
  packageBytes: number;
  /** Published only: index.json as written, and gzipped as a host gzips it on the fly. */
  indexBytes?: number;
  indexGzipBytes?: number;
  /** Published only: the mean size of a project's own file. */
  projectFileBytes?: number;
  /** How the folder was published: the tool itself, or the slice-wise path (publish-large.ts). */
  publishedBy?: 'publishFolder' | 'slices';
  seconds: { generate: number; write: number };
}

// The CLI's default boundaries: what a deployer running `npm run data:publish` gets.
const BOUNDARIES = 'public/geo/kecamatan.geojson';
// Generated packages carry a publishedDate; this only fills in for one without.
const FALLBACK_AS_OF = '2024-01-01';

/** Projects measured to estimate the package's length before making it one string. */
const PROBE = 500;

/**
 * The package as one string, as publishFolder() takes it, or undefined when it cannot be one:
 * longer than V8's longest string. Estimated first, so that 100,000 projects do not spend half a
 * gigabyte of string on the way to the RangeError.
 */
function packageText(pkg: Record<string, unknown>): string | undefined {
  const projects = pkg.projects as unknown[];
  const probe = projects.slice(0, PROBE).reduce<number>((sum, p) => sum + JSON.stringify(p).length + 1, 0);
  const estimate = (probe / Math.min(PROBE, projects.length)) * projects.length;
  // A margin: later projects may be longer than the first ones.
  if (estimate > 0.9 * constants.MAX_STRING_LENGTH) return undefined;
  try {
    return JSON.stringify(pkg);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

async function publish(
  pkg: Record<string, unknown>,
  outDir: string,
): Promise<[PublishSummary, 'publishFolder' | 'slices']> {
  const boundariesText = readFileSync(BOUNDARIES, 'utf8');
  const text = packageText(pkg);
  if (text !== undefined)
    return [
      await publishFolder({ packageText: text, boundariesText, fallbackAsOf: FALLBACK_AS_OF, outDir }),
      'publishFolder',
    ];
  return [publishLargeFolder({ pkg, boundariesText, fallbackAsOf: FALLBACK_AS_OF, outDir }), 'slices'];
}

async function main([mode, count, seed, outDir]: string[]): Promise<GeneratedFolder> {
  if ((mode !== 'published' && mode !== 'raw') || !count || !seed || !outDir)
    throw new Error('usage: publish-generated.ts <published|raw> <count> <seed> <out-dir>');
  let started = performance.now();
  const pkg = generatePackage({ seed: Number(seed), count: Number(count) });
  const firstId = (pkg.projects as { id: string }[])[0]!.id;
  const generate = (performance.now() - started) / 1000;
  started = performance.now();
  const packagePath = join(outDir, PUBLISHED_FILES.package);
  if (mode === 'raw') {
    writePackage(packagePath, pkg, true);
    return {
      projects: Number(count),
      rejected: 0,
      firstId,
      packageBytes: statSync(packagePath).size,
      seconds: { generate, write: (performance.now() - started) / 1000 },
    };
  }
  const [summary, publishedBy] = await publish(pkg, outDir);
  const write = (performance.now() - started) / 1000;
  const index = readFileSync(join(outDir, PUBLISHED_FILES.index));
  return {
    projects: summary.projects,
    rejected: summary.rejected.length,
    firstId,
    packageBytes: statSync(packagePath).size,
    indexBytes: index.length,
    indexGzipBytes: gzipSync(index).length,
    projectFileBytes: summary.projectFiles ? summary.projectFileBytes / summary.projectFiles : 0,
    publishedBy,
    seconds: { generate, write },
  };
}

process.stdout.write(`${JSON.stringify(await main(process.argv.slice(2)))}\n`);
