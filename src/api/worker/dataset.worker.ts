import { createDatasetService } from './dataset-service';
import { toWorkerFailure, type WorkerReply, type WorkerRequest } from './worker-messages';

/** The dedicated-worker globals used here (the webworker lib would clash with the DOM types). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(reply: WorkerReply): void;
}

const scope = self as unknown as WorkerScope;
const service = createDatasetService();

/**
 * Reads raw packages away from the main thread (at 10,000 projects that is seconds of parsing and
 * checking on a phone) and keeps them, answering later requests for records and curves.
 */
scope.onmessage = (event) => {
  const { id, request } = event.data;
  service.handle(request).then(
    (value) => scope.postMessage({ id, ok: true, value }),
    (error: unknown) => scope.postMessage({ id, ok: false, failure: toWorkerFailure(error) }),
  );
};
