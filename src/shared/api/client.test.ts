import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from './api-error';
import { ACCOUNT_HEADER, createApiClient } from './client';

function clientAnswering(
  respond: (url: URL, init: RequestInit) => Response | Promise<Response>,
  timeoutMs?: number | (() => number),
) {
  const calls: { url: URL; init: RequestInit }[] = [];
  const client = createApiClient({
    baseUrl: 'http://localhost',
    getAccountId: () => 'seller-good',
    timeoutMs,
    fetch: async (input, init = {}) => {
      const url = new URL(String(input));
      calls.push({ url, init });
      return respond(url, init);
    },
  });
  return { client, calls };
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('API client', () => {
  it('names the account, drops empty query values and parses the answer', async () => {
    const { client, calls } = clientAnswering(() => json({ n: 1 }));
    const result = await client.request('/things', {
      schema: z.object({ n: z.number() }),
      query: { q: '', page: 2, brand: undefined },
    });
    expect(result).toEqual({ n: 1 });
    expect(calls[0]?.url.toString()).toBe('http://localhost/api/things?page=2');
    expect(new Headers(calls[0]?.init.headers).get(ACCOUNT_HEADER)).toBe('seller-good');
  });

  it('turns a problem answer into an ApiError with its field errors', async () => {
    const { client } = clientAnswering(() =>
      json(
        {
          status: 422,
          code: 'invalid',
          message: 'Some fields need attention.',
          fieldErrors: { title: ['Too short'] },
        },
        422,
      ),
    );
    const error = await client
      .request('/things', { schema: z.unknown(), method: 'POST', body: {} })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 422,
      message: 'Some fields need attention.',
      fieldErrors: { title: ['Too short'] },
      isTransient: false,
    });
  });

  it('reports an answer that breaks the contract instead of passing it on', async () => {
    const { client } = clientAnswering(() => json({ n: 'one' }));
    const error = await client
      .request('/things', { schema: z.object({ n: z.number() }) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'contract' });
  });

  it('explains a failure with no problem body by its status', async () => {
    const { client } = clientAnswering(() => new Response('<html>Bad gateway</html>', { status: 502 }));
    const error = await client.request('/things', { schema: z.unknown() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, message: 'The server answered 502.', isTransient: true });
  });

  it('turns a network failure into a transient ApiError', async () => {
    const { client } = clientAnswering(() => {
      throw new TypeError('Failed to fetch');
    });
    const error = await client.request('/things', { schema: z.unknown() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'network', isTransient: true });
  });

  it('gives up on a call that never answers, with a timeout message', async () => {
    const hang = (_url: URL, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    const { client } = clientAnswering(hang, 20);
    const error = await client.request('/things', { schema: z.unknown() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'timeout', isTransient: true });
  });

  it('reads a changeable timeout on each call', async () => {
    let limit = 60_000;
    const hang = (_url: URL, init: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init.signal?.addEventListener('abort', () => reject(init.signal?.reason)),
      );
    const { client } = clientAnswering(hang, () => limit);
    limit = 20;
    const error = await client.request('/things', { schema: z.unknown() }).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'timeout' });
  });

  /** Headers at once, then a body that stops arriving: it errors when the call's signal aborts. */
  const stalledBody = (_url: URL, init: RequestInit) => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"n":'));
        init.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
      },
    });
    return new Response(body, { status: 200, headers: { 'Content-Type': 'application/json' } });
  };

  it('calls a body that stops arriving before the time limit a timeout, not a broken contract', async () => {
    const { client } = clientAnswering(stalledBody, 20);
    const error = await client
      .request('/things', { schema: z.object({ n: z.number() }) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0, code: 'timeout', isTransient: true });
  });

  it("passes on the caller's own cancellation while the body arrives", async () => {
    const { client } = clientAnswering(stalledBody, 60_000);
    const cancel = new AbortController();
    const pending = client.request('/things', { schema: z.unknown(), signal: cancel.signal });
    cancel.abort(new DOMException('Left the page', 'AbortError'));
    const error = await pending.catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'AbortError' });
  });

  it('still calls a complete answer that is not JSON a broken contract', async () => {
    const { client } = clientAnswering(() => new Response('{"n":', { status: 200 }));
    const error = await client
      .request('/things', { schema: z.object({ n: z.number() }) })
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 502, code: 'contract' });
  });
});
