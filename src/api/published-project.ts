import { parseJsonText } from '../domain/dataset/data-error';
import type { DatasetMeta } from '../domain/dataset/types';
import type { ProjectDetail } from '../domain/project/types';
import { decodeProjectFile, projectFileName } from '../domain/publish/project-file';
import { besideIndex, PUBLISHED_FILES } from '../domain/publish/published-files';
import { fetchDocument, HttpError, type FetchedText } from './http';
import { rememberFetched } from '../lib/fetched-urls';

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
