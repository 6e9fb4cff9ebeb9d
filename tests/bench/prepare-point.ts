import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SAMPLE_FOLDER } from '../../mocks/data/paths';
import { PUBLISHED_FILES } from '../../src/domain/publish/published-files';
import type { Served } from './bench-server';
import { SEED, type Point } from './plan';
import type { GeneratedFolder } from './publish-generated';

export interface PreparedPoint extends GeneratedFolder {
  served: Served;
  /** The folder on disk: the published files (for the Node timings) or the raw package. */
  folder: string;
}

/** 100,000 projects held as objects while they are read: several GB, more than Node's default heap. */
const CHILD_HEAP_MB = 12_288;

/** The build's own sample, published by the build into dist/data/sdabmbk-2023/. */
export function prepareSample(distCopy: string): PreparedPoint {
  const folder = join(distCopy, SAMPLE_FOLDER);
  const pkg = JSON.parse(readFileSync(join(folder, PUBLISHED_FILES.package), 'utf8')) as {
    projects: { id: string }[];
  };
  const index = readFileSync(join(folder, PUBLISHED_FILES.index));
  const projectFolder = join(folder, PUBLISHED_FILES.projectFolder);
  const projectFiles = readdirSync(projectFolder).filter((name) => name.endsWith('.json'));
  const projectBytes = projectFiles.reduce((sum, name) => sum + statSync(join(projectFolder, name)).size, 0);
  return {
    served: { kind: 'sample' },
    folder,
    projects: pkg.projects.length,
    rejected: 0,
    firstId: pkg.projects[0]!.id,
    packageBytes: statSync(join(folder, PUBLISHED_FILES.package)).size,
    indexBytes: index.length,
    indexGzipBytes: gzipSync(index).length,
    projectFileBytes: projectBytes / projectFiles.length,
    publishedBy: 'publishFolder',
    seconds: { generate: 0, write: 0 },
  };
}

/** Where a generated point's data is written, under the bench's temporary folder. */
export const pointFolder = (point: Point, tmp: string) => join(tmp, `${point.path}-${point.count}`);

/** Generates and writes a point's data in a child process (publish-generated.ts); resolves its summary. */
export async function prepareGenerated(point: Point, tmp: string): Promise<PreparedPoint> {
  const folder = pointFolder(point, tmp);
  mkdirSync(folder, { recursive: true });
  const args = [
    `--max-old-space-size=${CHILD_HEAP_MB}`,
    '--import',
    'tsx',
    'tests/bench/publish-generated.ts',
    point.path,
    String(point.count),
    String(SEED),
    folder,
  ];
  const stdout = await new Promise<string>((done, fail) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', fail);
    child.on('exit', (code) =>
      code === 0 ? done(out) : fail(new Error(`publish-generated.ts exited with ${code}`)),
    );
  });
  const summary = JSON.parse(stdout.trim().split('\n').pop()!) as GeneratedFolder;
  return { ...summary, served: { kind: point.path, folder }, folder };
}

/** A point whose data could not be made: measured as nothing, reported with the reason. */
export function unprepared(point: Point): PreparedPoint {
  return {
    served: { kind: 'sample' },
    folder: '',
    projects: point.count,
    rejected: 0,
    firstId: '',
    packageBytes: NaN,
    seconds: { generate: NaN, write: NaN },
  };
}
