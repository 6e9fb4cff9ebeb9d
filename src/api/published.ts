import { DataError, parseJsonText } from '../domain/dataset/data-error';
import type { DatasetMeta } from '../domain/dataset/types';
import type { Project, ProjectDetail } from '../domain/project/types';
import type { KurvaSSeries } from '../domain/aggregate/kurva-s';
import { readIndex, type IndexContent } from '../domain/publish/index-file';
import { decodeProjectFile, projectFileName } from '../domain/publish/project-file';
import { decodeSeries } from '../domain/publish/series-file';
import { besideIndex, PUBLISHED_FILES } from '../domain/publish/published-files';
import { fetchDocument, HttpError, type FetchedText } from './http';
import { rememberFetched } from '../lib/fetched-urls';
import { forEachInSlices, nextTask } from '../lib/run-in-slices';

/**
 * Reading a published folder (npm run data:publish): small files made for the page, read on the
 * main thread without the schema library or the worker.
 */
export interface ReadIndex extends IndexContent {
  meta: DatasetMeta;
  savedCopyAt?: string;
}

/** Reads index.json. Figures name the package (dataUrl) as their source: it is the open data. */
export async function readPublishedIndex(
  indexUrl: string,
  dataUrl: string,
  signal?: AbortSignal,
): Promise<ReadIndex> {
  const response = await fetchDocument(indexUrl, signal);
  return { ...(await decodeIndexText(response.text, dataUrl, signal)), ...savedCopy(response) };
}

/**
 * index.json's text read on the main thread without one long task: parsed in one task, checked in
 * the next, its rows built in slices of about 24 ms. (At 10,000 projects the whole decode was one
 * task of 150–330 ms on a desktop, the longest of the first visit.)
 */
export async function decodeIndexText(
  text: string,
  sourceUrl: string,
  signal?: AbortSignal,
): Promise<IndexContent & { meta: DatasetMeta }> {
  const json = parseJsonText(text);
  await nextTask();
  const { count, projectAt, ...rest } = readIndex(json, sourceUrl);
  const projects: Project[] = new Array(count);
  await forEachInSlices(
    count,
    (i) => {
      projects[i] = projectAt(i);
    },
    { signal },
  );
  return { ...rest, projects };
}

function savedCopy(response: FetchedText) {
  return response.savedCopyAt ? { savedCopyAt: response.savedCopyAt } : {};
}

/** A published index that cannot be used (missing, or not an index): the package is read instead. */
export function isUnusableIndex(error: unknown): boolean {
  return (error instanceof HttpError && error.status === 404) || error instanceof DataError;
}

export async function readPublishedSeries(indexUrl: string, signal?: AbortSignal): Promise<KurvaSSeries> {
  const response = await fetchDocument(besideIndex(indexUrl, PUBLISHED_FILES.series), signal);
  return decodeSeries(parseJsonText(response.text));
}

/** One project's file: the project, or undefined when the folder has none by that id. */
export async function readPublishedProject(
  indexUrl: string,
  dataUrl: string,
  id: string,
  signal?: AbortSignal,
  /** The file's text when the page already has it (lib/embedded-documents.ts), else undefined. */
  carriedText: (url: string) => string | undefined = () => undefined,
): Promise<{ meta: DatasetMeta; project: ProjectDetail } | undefined> {
  const url = besideIndex(indexUrl, `${PUBLISHED_FILES.projectFolder}/${projectFileName(id)}`);
  // The project's page may carry its file (drawn from it by the build): no request needed.
  const carried = carriedText(url);
  let response: FetchedText;
  if (carried !== undefined) {
    response = { text: carried };
    // The offline worker still gets its copy once it controls the page (sw/register.ts).
    rememberFetched(url);
  } else {
    try {
      response = await fetchDocument(url, signal);
    } catch (error) {
      if (error instanceof HttpError && error.status === 404) return undefined;
      throw error;
    }
  }
  const read = decodeProjectFile(parseJsonText(response.text), dataUrl);
  // A hashed file name could in theory be shared: the file must be this project's.
  return read.project.id === id ? read : undefined;
}
