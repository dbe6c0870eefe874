import { describe, expect, it } from 'vitest';
import { CheckCancelledError, createCheckerClient } from './checker-client';
import type { WorkerRequest, WorkerResponse } from './protocol';
import { serveChecker } from './worker-host';

/** A worker in the same process: two message ports wired to each other, delivering asynchronously like real ones. */
function inProcessWorker() {
  const toWorker = new EventTarget();
  const toPage = new EventTarget();
  const deliver = (target: EventTarget, data: unknown) =>
    setTimeout(() => target.dispatchEvent(new MessageEvent('message', { data })), 0);
  serveChecker({
    postMessage: (message: WorkerResponse) => deliver(toPage, message),
    addEventListener: (_type, listener) => toWorker.addEventListener('message', listener as EventListener),
  });
  let terminated = false;
  return {
    crash: (message: string) => toPage.dispatchEvent(Object.assign(new Event('error'), { message })),
    port: {
      postMessage: (message: WorkerRequest) => deliver(toWorker, message),
      addEventListener: (type: string, listener: EventListenerOrEventListenerObject) =>
        toPage.addEventListener(type, listener),
      terminate: () => {
        terminated = true;
      },
    } as unknown as Worker,
    get terminated() {
      return terminated;
    },
  };
}

const listings = (count: number) =>
  Array.from({ length: count }, (_, k) => ({
    id: `l${k}`,
    title: k % 10 === 0 ? 'Replica watch' : `Ceramic mug ${k}`,
  }));

describe('checker client', () => {
  it('checks one listing off the main thread', async () => {
    const client = createCheckerClient(inProcessWorker().port);
    const result = await client.check({ title: 'R e p l i c a bag' });
    expect(result.verdict).toBe('block');
  });

  it('passes through what the listing sells and each finding’s confidence and basis', async () => {
    const client = createCheckerClient(inProcessWorker().port);
    const result = await client.check({ title: 'Brass knuckles, solid steel' });
    expect(result.productType).toEqual({ kind: 'goods', source: 'default', cue: '' });
    expect(result.findings[0]).toMatchObject({
      severity: 'block',
      confidence: 'high',
      basis: expect.any(String),
      ruleSeverity: 'block',
    });
  });

  it('reports progress through a batch and returns results in order', async () => {
    const client = createCheckerClient(inProcessWorker().port);
    const progress: number[] = [];
    const results = await client.checkBatch(
      listings(1_000),
      {},
      { onProgress: (done) => progress.push(done) },
    );
    expect(results).toHaveLength(1_000);
    expect(results[0]?.verdict).toBe('block');
    expect(results[1]?.verdict).toBe('ok');
    expect(progress.at(-1)).toBe(1_000);
    expect(progress.length).toBeGreaterThan(1);
    expect([...progress].sort((a, b) => a - b)).toEqual(progress);
  });

  it('stops a batch when cancelled and says how far it got', async () => {
    const client = createCheckerClient(inProcessWorker().port);
    const controller = new AbortController();
    const outcome = client.checkBatch(
      listings(5_000),
      {},
      {
        signal: controller.signal,
        onProgress: (done) => {
          if (done >= 500) controller.abort();
        },
      },
    );
    const error = await outcome.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CheckCancelledError);
    expect((error as CheckCancelledError).done).toBeLessThan(5_000);
  });

  it('keeps concurrent batches apart', async () => {
    const client = createCheckerClient(inProcessWorker().port);
    const [a, b] = await Promise.all([
      client.checkBatch([{ title: 'Replica bag' }]),
      client.checkBatch([{ title: 'Linen towel' }]),
    ]);
    expect(a[0]?.verdict).toBe('block');
    expect(b[0]?.verdict).toBe('ok');
  });

  it('rejects what is pending when terminated', async () => {
    const worker = inProcessWorker();
    const client = createCheckerClient(worker.port);
    const pending = client.checkBatch(listings(3_000));
    client.terminate();
    await expect(pending).rejects.toBeInstanceOf(CheckCancelledError);
    expect(worker.terminated).toBe(true);
  });

  it('rejects what is pending when the worker crashes, instead of hanging', async () => {
    const worker = inProcessWorker();
    const client = createCheckerClient(worker.port);
    const pending = client.checkBatch(listings(3_000));
    worker.crash('Failed to load the checker');
    await expect(pending).rejects.toThrow('Failed to load the checker');
  });
});
