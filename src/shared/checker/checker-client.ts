import type { CheckContext, CheckResult, ListingText } from '@/domain/checker';
import { checkerClientMessages } from './messages';
import type { WorkerRequest, WorkerResponse } from './protocol';

export class CheckCancelledError extends Error {
  constructor(readonly done: number) {
    super('The check was cancelled.');
    this.name = 'CheckCancelledError';
  }
}

export interface BatchCheckOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface CheckerClient {
  check(listing: ListingText, context?: CheckContext): Promise<CheckResult>;
  checkBatch(
    listings: ListingText[],
    context?: CheckContext,
    options?: BatchCheckOptions,
  ): Promise<CheckResult[]>;
  terminate(): void;
}

type Port = Pick<Worker, 'postMessage' | 'addEventListener' | 'terminate'>;

function createWorker(): Port {
  return new Worker(new URL('./checker.worker.ts', import.meta.url), {
    type: 'module',
    name: 'listing-checker',
  });
}

/**
 * Talks to the checker's Web Worker: each call gets its own id, progress arrives as the batch goes, and an
 * aborted signal cancels the batch between chunks (the promise then rejects with CheckCancelledError).
 */
export function createCheckerClient(port: Port = createWorker()): CheckerClient {
  let nextId = 1;
  const pending = new Map<
    number,
    {
      resolve: (r: CheckResult[]) => void;
      reject: (e: Error) => void;
      onProgress?: BatchCheckOptions['onProgress'];
    }
  >();
  port.addEventListener('message', (event: Event) => {
    const message = (event as MessageEvent<WorkerResponse>).data;
    const call = pending.get(message.id);
    if (!call) return;
    if (message.type === 'progress') {
      call.onProgress?.(message.done, message.total);
      return;
    }
    pending.delete(message.id);
    if (message.type === 'done') call.resolve(message.results);
    else if (message.type === 'cancelled') call.reject(new CheckCancelledError(message.done));
    else call.reject(new Error(message.message));
  });

  // A worker that fails to load or crashes rejects what was waiting on it, instead of leaving it hanging.
  port.addEventListener('error', (event: Event) => {
    const detail = (event as Partial<ErrorEvent>).message;
    const message = typeof detail === 'string' && detail ? detail : checkerClientMessages.get().crashed;
    for (const call of pending.values()) call.reject(new Error(message));
    pending.clear();
  });

  const send = (request: WorkerRequest) => port.postMessage(request);

  function checkBatch(
    listings: ListingText[],
    context: CheckContext = {},
    options: BatchCheckOptions = {},
  ): Promise<CheckResult[]> {
    const id = nextId++;
    return new Promise<CheckResult[]>((resolve, reject) => {
      if (options.signal?.aborted) {
        reject(new CheckCancelledError(0));
        return;
      }
      pending.set(id, { resolve, reject, onProgress: options.onProgress });
      options.signal?.addEventListener('abort', () => send({ type: 'cancel', id }), { once: true });
      send({
        type: 'check',
        id,
        listings,
        context: {
          authorizedBrands: context.authorizedBrands,
          reviewOnlyRules: [...(context.reviewOnlyRules ?? [])],
        },
      });
    });
  }

  return {
    checkBatch,
    async check(listing, context) {
      const [result] = await checkBatch([listing], context);
      if (!result) throw new Error(checkerClientMessages.get().noResult);
      return result;
    },
    terminate() {
      port.terminate();
      for (const call of pending.values()) call.reject(new CheckCancelledError(0));
      pending.clear();
    },
  };
}

let shared: CheckerClient | null = null;

/** The app's one checker worker, started on first use. */
export function getCheckerClient(): CheckerClient {
  shared ??= createCheckerClient();
  return shared;
}
