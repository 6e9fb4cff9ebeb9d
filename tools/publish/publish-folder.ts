import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readDatasetTexts } from '../../src/domain/dataset/read-dataset-texts';
import type { RejectedProject } from '../../src/domain/dataset/types';
import { decodeIndex } from '../../src/domain/publish/index-file';
import { indexToText } from '../../src/domain/publish/index-text';
import { publishDataset } from '../../src/domain/publish/publish';
import { encodeProjectFile, projectFileName } from '../../src/domain/publish/project-file';
import { PUBLISHED_FILES } from '../../src/domain/publish/published-files';
import { decodeSeries } from '../../src/domain/publish/series-file';
import { EMBED_FOLDER } from '../../src/features/charts/embed-file';
import { embedFiles } from './embed-files';
import { downloadSizesText } from './download-sizes';

export interface PublishInput {
  /** The OC4IDS package, byte for byte as it will be served (paket.json). */
  packageText: string;
  /** Kecamatan boundaries (GeoJSON text) for projects located by their geometry only. */
  boundariesText?: string;
  /** The as-of date of a package without publishedDate: the day it is published. */
  fallbackAsOf: string;
}

export interface Published {
  projects: number;
  rejected: RejectedProject[];
  /** Every file of the folder, path relative to it, made one at a time (100,000 projects fit). */
  files: () => Generator<[path: string, text: string]>;
  /** unduhan.json: each download's size (async: the XLSX writer is). */
  downloadSizes: () => Promise<string>;
}

/**
 * The files of a published folder: paket.json exactly as given, index.json, kurva-s.json, one
 * small file per project under proyek/, unduhan.json (each download's size, written by
 * publishFolder), and each chart's data for the embeds under embed/ (made
 * from index.json and kurva-s.json as an embed would read them). Throws when the package is not a
 * package, or when two project ids would share a file.
 */
export function publishPackage({ packageText, boundariesText, fallbackAsOf }: PublishInput): Published {
  const { dataset } = readDatasetTexts({
    packageText,
    boundariesText,
    // Figures name their source as the URL the app fetched, not this path.
    sourceUrl: PUBLISHED_FILES.package,
    fallbackAsOf,
  });
  const publication = publishDataset(dataset);
  const owners = new Map<string, string>();
  for (const { id } of dataset.projects) {
    const name = projectFileName(id);
    const owner = owners.get(name);
    if (owner !== undefined)
      throw new Error(`Dua proyek memakai berkas yang sama (${name}): "${owner}" dan "${id}"`);
    owners.set(name, id);
  }
  return {
    projects: dataset.projects.length,
    rejected: dataset.rejected,
    *files() {
      yield [PUBLISHED_FILES.package, packageText];
      const indexText = indexToText(publication.index);
      yield [PUBLISHED_FILES.index, indexText];
      const seriesText = JSON.stringify(publication.series);
      yield [PUBLISHED_FILES.series, seriesText];
      for (const detail of dataset.projects)
        yield [
          `${PUBLISHED_FILES.projectFolder}/${projectFileName(detail.id)}`,
          JSON.stringify(encodeProjectFile(publication.meta, detail)),
        ];
      const { projects } = decodeIndex(JSON.parse(indexText), PUBLISHED_FILES.package);
      yield* embedFiles(projects, decodeSeries(JSON.parse(seriesText)), publication.meta);
    },
    downloadSizes: () => downloadSizesText(dataset.projects, dataset.meta),
  };
}

export interface PublishSummary {
  projects: number;
  rejected: RejectedProject[];
  /** The folder's top files with their sizes. */
  files: { name: string; bytes: number }[];
  projectFiles: number;
  projectFileBytes: number;
  /** The charts' data for embeds (embed/), counted like the project files; absent: none written. */
  embedFiles?: number;
  embedFileBytes?: number;
}

/** Writes a published folder (see publishPackage). Writes nothing when the package is refused. */
export async function publishFolder(input: PublishInput & { outDir: string }): Promise<PublishSummary> {
  const published = publishPackage(input);
  // A project removed from the package (or a funding source) must not stay reachable by its old file.
  rmSync(join(input.outDir, PUBLISHED_FILES.projectFolder), { recursive: true, force: true });
  rmSync(join(input.outDir, EMBED_FOLDER), { recursive: true, force: true });
  mkdirSync(join(input.outDir, PUBLISHED_FILES.projectFolder), { recursive: true });
  const summary: PublishSummary = {
    projects: published.projects,
    rejected: published.rejected,
    files: [],
    projectFiles: 0,
    projectFileBytes: 0,
    embedFiles: 0,
    embedFileBytes: 0,
  };
  const files = published.files();
  async function* withSizes() {
    yield* files;
    yield [PUBLISHED_FILES.downloadSizes, await published.downloadSizes()] as [string, string];
  }
  for await (const [path, text] of withSizes()) {
    const file = join(input.outDir, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    const bytes = Buffer.byteLength(text);
    if (path.startsWith(`${PUBLISHED_FILES.projectFolder}/`)) {
      summary.projectFiles += 1;
      summary.projectFileBytes += bytes;
    } else if (path.startsWith(`${EMBED_FOLDER}/`)) {
      summary.embedFiles = (summary.embedFiles ?? 0) + 1;
      summary.embedFileBytes = (summary.embedFileBytes ?? 0) + bytes;
    } else summary.files.push({ name: path, bytes });
  }
  return summary;
}
