import { readDatasetTexts, type DatasetTexts } from '../../domain/dataset/read-dataset-texts';
import { toWorkerReply, type WorkerReply } from './worker-messages';

/** The dedicated-worker globals used here (the webworker lib would clash with the DOM types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<DatasetTexts>) => void) | null;
  postMessage(reply: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;

/**
 * Parses, validates and maps a package away from the main thread: at 10,000 projects this is
 * seconds of work on a phone, which would otherwise freeze scrolling and taps.
 */
scope.onmessage = (event) => {
  scope.postMessage(toWorkerReply(() => readDatasetTexts(event.data)));
};
