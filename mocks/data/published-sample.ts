import { readDatasetTexts } from '../../src/domain/dataset/read-dataset-texts';
import { publishDataset, type Publication } from '../../src/domain/publish/publish';
import { encodeProjectFile, projectFileName, type ProjectFile } from '../../src/domain/publish/project-file';
import samplePackage from './sample-package.json';

export interface PublishedSample extends Publication {
  projectFiles: Map<string, ProjectFile>;
}

let published: Promise<PublishedSample> | undefined;

/**
 * The sample as `npm run data:publish` would write it, made in memory for the mocked backend (dev
 * server and tests), with the same code, so MSW serves exactly what the build ships.
 */
export function publishedSample(boundariesText: () => Promise<string | undefined>): Promise<PublishedSample> {
  published ??= boundariesText().then((boundaries) => {
    const { dataset } = readDatasetTexts({
      packageText: JSON.stringify(samplePackage),
      boundariesText: boundaries,
      sourceUrl: 'paket.json',
      fallbackAsOf: new Date().toISOString().slice(0, 10),
    });
    const publication = publishDataset(dataset);
    const projectFiles = new Map(
      dataset.projects.map((p) => [projectFileName(p.id), encodeProjectFile(publication.meta, p)]),
    );
    return { ...publication, projectFiles };
  });
  return published;
}
