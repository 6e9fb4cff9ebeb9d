import { parseJsonText } from '../domain/dataset/data-error';
import type { DatasetMeta } from '../domain/dataset/types';
import type { Project } from '../domain/project/types';
import { readIndex, type IndexContent } from '../domain/publish/index-file';
import { indexTextParts, joinIndexParts, type ParsedIndexPart } from '../domain/publish/index-text';
import { forEachInSlices, nextTask, untilDoneInSlices } from '../lib/run-in-slices';
import { fetchDocument } from './http';
import { savedCopy } from './published';

/*
 * Reading a published folder's index.json (npm run data:publish), on the main thread without the
 * schema library or the worker. Apart from published.ts: a project's page and its embed read one
 * project's file and need none of this.
 */

/** The index's content with its projects in a fresh array of the caller's own. */
export interface DecodedIndex extends Omit<IndexContent, 'projects'> {
  meta: DatasetMeta;
  projects: Project[];
}

export interface ReadIndex extends DecodedIndex {
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
 * index.json's text parsed a few lines a task when it has the layout the app writes (index-text.ts),
 * else whole. A part that does not parse sends the whole text to JSON.parse, so a broken file gets
 * the same message either way.
 */
async function parseIndexText(text: string, signal?: AbortSignal): Promise<unknown> {
  const lines = indexTextParts(text);
  const parsed: ParsedIndexPart[] = [];
  let laidOut = false;
  try {
    // The clock is read after every line: one line (the geometry column) can take tens of ms.
    await untilDoneInSlices(
      () => {
        const next = lines.next();
        if (next.done) {
          laidOut = next.value;
          return false;
        }
        parsed.push({ columns: next.value.columns, members: JSON.parse(next.value.text) });
        return true;
      },
      { signal, stepsPerClockRead: 1 },
    );
  } catch (error) {
    if (signal?.aborted) throw error;
  }
  return laidOut ? joinIndexParts(parsed) : parseJsonText(text);
}

/**
 * index.json's text read on the main thread without one long task: parsed a few lines a task,
 * checked in the next, its rows built in slices of about 24 ms. (At 10,000 projects the whole
 * decode was one task of 150–330 ms on a desktop, the longest of the first visit; its JSON.parse
 * alone, in one task, was still the longest at 150–250 ms on the bench's 2 cores.)
 */
export async function decodeIndexText(
  text: string,
  sourceUrl: string,
  signal?: AbortSignal,
): Promise<DecodedIndex> {
  const json = await parseIndexText(text, signal);
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
