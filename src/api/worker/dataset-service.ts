import { readBoundaries, readDatasetTexts } from '../../domain/dataset/read-dataset-texts';
import { parseJsonText } from '../../domain/dataset/data-error';
import type { Dataset } from '../../domain/dataset/types';
import type { ProjectDetail } from '../../domain/project/types';
import { publishDataset } from '../../domain/publish/publish';
import { indexToText } from '../../domain/publish/index-text';
import { fetchDocument, fetchText } from '../http';
import { findProjectDetail } from '../../domain/dataset/find-project';
import { indexBoundaries } from '../../domain/geo/boundaries';
import { markStage } from '../../lib/stage-marks';
import { loadDerived, saveDerived, type Derived } from './derived-cache';

/**
 * What the dataset worker does for the page. It runs in a Web Worker (see dataset.worker.ts), or in
 * place where no worker can run, with the same code. It keeps the read packages, so a project
 * page or a download gets its records without the package being read again.
 */
export type ServiceRequest =
  | { kind: 'open'; dataUrl: string; boundariesUrl: string; fallbackAsOf: string }
  | { kind: 'open-text'; packageText: string; sourceUrl: string; boundariesUrl: string; fallbackAsOf: string }
  | { kind: 'series'; sourceUrl: string }
  | {
      kind: 'details';
      sourceUrl: string;
      ids: readonly string[] | 'all';
      asOf: string;
      boundariesUrl: string;
    };

/** A package read into index and series texts: what crosses to the page (JSON, as published). */
export interface OpenedPackage {
  indexText: string;
  /** The package came from the service worker's saved copy (see FetchedText). */
  savedCopyAt?: string;
  /** The index came from this browser's cache of an earlier visit (same package, same validator). */
  fromCache: boolean;
}

interface Opened extends Derived {
  dataset?: Dataset<ProjectDetail>;
}

export interface DatasetService {
  handle(request: ServiceRequest): Promise<unknown>;
}

export function createDatasetService(): DatasetService {
  const opened = new Map<string, Opened>();
  const boundaries = new Map<string, Promise<string | undefined>>();

  /** Boundaries are optional: without them projects are placed by codes and names only. */
  function boundariesText(url: string): Promise<string | undefined> {
    let text = boundaries.get(url);
    if (!text) {
      text = fetchText(url).catch(() => undefined);
      boundaries.set(url, text);
    }
    return text;
  }

  function derive(
    packageText: string,
    sourceUrl: string,
    boundaries: string | undefined,
    fallbackAsOf: string,
  ): Opened {
    const { dataset } = readDatasetTexts({
      packageText,
      boundariesText: boundaries,
      sourceUrl,
      fallbackAsOf,
    });
    markStage('read');
    const publication = publishDataset(dataset);
    markStage('published');
    return {
      indexText: indexToText(publication.index),
      seriesText: JSON.stringify(publication.series),
      asOfIsReadDate: dataset.meta.asOfSource === 'read-date',
      dataset,
    };
  }

  async function open(request: Extract<ServiceRequest, { kind: 'open' }>): Promise<OpenedPackage> {
    const { dataUrl, boundariesUrl, fallbackAsOf } = request;
    const boundaries = boundariesText(boundariesUrl);
    const cached = await loadDerived(dataUrl, fallbackAsOf);
    const response = await fetchDocument(dataUrl, undefined, cached?.validator);
    markStage('fetched');
    if (response.notModified && cached) {
      opened.set(dataUrl, cached);
      return { indexText: cached.indexText, fromCache: true };
    }
    const derived = derive(response.text, dataUrl, await boundaries, fallbackAsOf);
    opened.set(dataUrl, derived);
    // Not waited for: the page needs the index now, the cache only on the next visit.
    if (response.validator && !response.savedCopyAt)
      void saveDerived(dataUrl, { ...derived, validator: response.validator, readDate: fallbackAsOf });
    return { indexText: derived.indexText, savedCopyAt: response.savedCopyAt, fromCache: false };
  }

  async function openText(request: Extract<ServiceRequest, { kind: 'open-text' }>): Promise<OpenedPackage> {
    const derived = derive(
      request.packageText,
      request.sourceUrl,
      await boundariesText(request.boundariesUrl),
      request.fallbackAsOf,
    );
    opened.set(request.sourceUrl, derived);
    return { indexText: derived.indexText, fromCache: false };
  }

  async function details(request: Extract<ServiceRequest, { kind: 'details' }>): Promise<ProjectDetail[]> {
    const { sourceUrl, ids, asOf } = request;
    const held = opened.get(sourceUrl)?.dataset;
    if (held) {
      if (ids === 'all') return held.projects;
      const byId = new Map(held.projects.map((p) => [p.id, p]));
      return ids.flatMap((id) => byId.get(id) ?? []);
    }
    // Not read in this page yet (the index came from a cache or a published folder): read the
    // package, judging progress at the index's own as-of date, so the figures match it.
    const [text, boundaries] = await Promise.all([
      fetchText(sourceUrl),
      boundariesText(request.boundariesUrl),
    ]);
    if (ids === 'all') {
      const derived = derive(text, sourceUrl, boundaries, asOf);
      opened.set(sourceUrl, derived);
      return derived.dataset!.projects;
    }
    const json = parseJsonText(text);
    const index = readBoundaries(boundaries);
    return ids.flatMap(
      (id) =>
        findProjectDetail(json, id, { asOf, boundaries: index && indexBoundaries(index), sourceUrl }) ?? [],
    );
  }

  return {
    async handle(request) {
      switch (request.kind) {
        case 'open':
          return open(request);
        case 'open-text':
          return openText(request);
        case 'series': {
          const held = opened.get(request.sourceUrl);
          if (!held) throw new Error(`kurva S: paket ${request.sourceUrl} belum dibuka`);
          return held.seriesText;
        }
        case 'details':
          return details(request);
      }
    },
  };
}
