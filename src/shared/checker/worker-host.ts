import { runBatch } from '@/domain/checker/batch';
import type { WorkerRequest, WorkerResponse } from './protocol';

export interface HostScope {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<WorkerRequest>) => void): void;
}

// A macrotask break between chunks lets a "cancel" message arrive.
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Answers check requests on a worker scope (or anything shaped like one, in tests). */
export function serveChecker(scope: HostScope): void {
  const cancelled = new Set<number>();
  scope.addEventListener('message', (event) => {
    const request = event.data;
    if (request.type === 'cancel') {
      cancelled.add(request.id);
      return;
    }
    const { id, listings, context } = request;
    runBatch(
      listings,
      { ...context, reviewOnlyRules: new Set(context.reviewOnlyRules ?? []) },
      {
        onProgress: (done, total) => scope.postMessage({ type: 'progress', id, done, total }),
        isCancelled: () => cancelled.has(id),
        pause,
      },
    )
      .then((outcome) => {
        cancelled.delete(id);
        scope.postMessage(
          outcome.status === 'done'
            ? { type: 'done', id, results: outcome.results }
            : { type: 'cancelled', id, done: outcome.done },
        );
      })
      .catch((error: unknown) =>
        scope.postMessage({
          type: 'error',
          id,
          message: error instanceof Error ? error.message : String(error),
        }),
      );
  });
}
