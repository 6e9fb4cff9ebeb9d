import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseJsonText } from '../../src/domain/dataset/data-error';
import { readPackage } from '../../src/domain/dataset/read-package';
import type { Dataset, RejectedProject } from '../../src/domain/dataset/types';
import { indexBoundaries, readBoundaryCollection } from '../../src/domain/geo/boundaries';
import type { ProjectDetail } from '../../src/domain/project/types';
import { encodeProjectFile, projectFileName } from '../../src/domain/publish/project-file';
import { publishDataset } from '../../src/domain/publish/publish';
import { indexToText } from '../../src/domain/publish/index-text';
import { PUBLISHED_FILES } from '../../src/domain/publish/published-files';
import type { PublishSummary } from '../../tools/publish/publish-folder';

/** Projects read per slice: their JSON text (about 50 MB) is made and parsed one slice at a time. */
const SLICE = 5_000;

interface LargeInput {
  pkg: Record<string, unknown>;
  boundariesText?: string;
  fallbackAsOf: string;
  outDir: string;
}

/**
 * publishFolder() for a package too big to be one JavaScript string: 100,000 generated projects
 * are about 1 GB of JSON, twice V8's longest string, and publishFolder() takes the package as text.
 * The same steps with the same domain code (readPackage, publishDataset, encodeProjectFile), but
 * paket.json is written and read back a slice of projects at a time. Each slice goes through
 * JSON text, as a package read from disk does, and readPackage checks each project on its own,
 * so slices read exactly as the whole would. Generated ids are unique: an id repeated across
 * slices (which readPackage would list as rejected) stops the bench instead.
 */
export function publishLargeFolder({
  pkg,
  boundariesText,
  fallbackAsOf,
  outDir,
}: LargeInput): PublishSummary {
  const { projects, ...envelope } = pkg as { projects: unknown[] };
  const collection = boundariesText ? readBoundaryCollection(JSON.parse(boundariesText)) : undefined;
  const options = {
    boundaries: collection && indexBoundaries(collection),
    sourceUrl: PUBLISHED_FILES.package,
    fallbackAsOf,
  };
  mkdirSync(join(outDir, PUBLISHED_FILES.projectFolder), { recursive: true });
  const details: ProjectDetail[] = [];
  const rejected: RejectedProject[] = [];
  const seen = new Set<string>();
  let meta: Dataset['meta'] | undefined;
  const fd = openSync(join(outDir, PUBLISHED_FILES.package), 'w');
  let packageBytes = 0;
  const write = (text: string) => (packageBytes += writeSync(fd, text));
  try {
    write(JSON.stringify({ ...envelope, projects: [] }).replace(/\[\]}$/, '['));
    for (let start = 0; start < projects.length; start += SLICE) {
      const text = projects
        .slice(start, start + SLICE)
        .map((p) => JSON.stringify(p))
        .join(',');
      write(`${start ? ',' : ''}${text}`);
      // Let the generated objects go: the parsed slice is what is read, as from a file.
      projects.fill(undefined, start, start + SLICE);
      const slice = parseJsonText(`[${text}]`) as unknown[];
      const read = readPackage({ ...envelope, projects: slice }, options);
      meta ??= read.meta;
      for (const r of read.rejected) rejected.push({ ...r, index: r.index + start });
      for (const detail of read.projects) {
        if (seen.has(detail.id)) throw new Error(`id ${detail.id} repeats across slices`);
        seen.add(detail.id);
        details.push(detail);
      }
    }
    write(']}');
  } finally {
    closeSync(fd);
  }
  if (!meta) throw new Error('the package has no projects');
  return writePublication({ projects: details, rejected, meta }, outDir, packageBytes);
}

/** index.json, kurva-s.json and proyek/, as publishFolder() writes them. */
function writePublication(
  dataset: Dataset<ProjectDetail>,
  outDir: string,
  packageBytes: number,
): PublishSummary {
  const publication = publishDataset(dataset);
  const summary: PublishSummary = {
    projects: dataset.projects.length,
    rejected: dataset.rejected,
    files: [{ name: PUBLISHED_FILES.package, bytes: packageBytes }],
    projectFiles: 0,
    projectFileBytes: 0,
  };
  const top: [string, string][] = [
    [PUBLISHED_FILES.index, indexToText(publication.index)],
    [PUBLISHED_FILES.series, JSON.stringify(publication.series)],
  ];
  for (const [name, text] of top) {
    writeFileSync(join(outDir, name), text);
    summary.files.push({ name, bytes: Buffer.byteLength(text) });
  }
  const owners = new Map<string, string>();
  for (const detail of dataset.projects) {
    const name = projectFileName(detail.id);
    if (owners.has(name)) throw new Error(`two projects share ${name}: ${owners.get(name)} and ${detail.id}`);
    owners.set(name, detail.id);
    const file = join(outDir, PUBLISHED_FILES.projectFolder, name);
    const text = JSON.stringify(encodeProjectFile(publication.meta, detail));
    writeFileSync(file, text);
    summary.projectFiles += 1;
    summary.projectFileBytes += Buffer.byteLength(text);
  }
  return summary;
}
