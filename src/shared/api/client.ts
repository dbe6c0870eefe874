import { z } from 'zod/mini';
import { ApiError } from './api-error';
import { apiMessages } from './messages';
import { ApiProblem } from './schemas/common';

/** The header that names the signed-in demo account; the mocked backend authorises every call by it. */
export const ACCOUNT_HEADER = 'X-Demo-Account';

export interface ApiClientOptions {
  baseUrl: string;
  /** Who is signed in: read on every call, so signing in as someone else needs no new client. */
  getAccountId: () => string | null;
  fetch?: typeof fetch;
  /** Give up on a call after this long (default 15 s) and say so, rather than spin forever; read per call. */
  timeoutMs?: number | (() => number);
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions<S extends z.core.$ZodType> {
  schema: S;
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: QueryParams;
  /** JSON, or a FormData sent as multipart/form-data (file uploads). */
  body?: unknown;
  signal?: AbortSignal;
}

export function createApiClient(options: ApiClientOptions) {
  const doFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => fetch(...args));

  async function request<S extends z.core.$ZodType>(
    path: string,
    init: RequestOptions<S>,
  ): Promise<z.infer<S>> {
    const url = new URL(`/api${path}`, options.baseUrl);
    for (const [key, value] of Object.entries(init.query ?? {})) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value));
    }
    const headers: Record<string, string> = { Accept: 'application/json' };
    const accountId = options.getAccountId();
    if (accountId) headers[ACCOUNT_HEADER] = accountId;
    const multipart = init.body instanceof FormData;
    // A form sets its own multipart Content-Type, with the boundary.
    if (init.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';

    const limit = typeof options.timeoutMs === 'function' ? options.timeoutMs() : options.timeoutMs;
    const timeout = AbortSignal.timeout(limit ?? 15_000);
    const transportFailure = (error: unknown) => {
      if (init.signal?.aborted) return error;
      return timeout.aborted
        ? new ApiError({ status: 0, code: 'timeout', message: apiMessages.get().timeout })
        : new ApiError({ status: 0, code: 'network', message: apiMessages.get().network });
    };
    let response: Response;
    try {
      response = await doFetch(url, {
        method: init.method ?? 'GET',
        headers,
        body:
          init.body === undefined
            ? undefined
            : multipart
              ? (init.body as FormData)
              : JSON.stringify(init.body),
        signal: init.signal ? AbortSignal.any([init.signal, timeout]) : timeout,
      });
    } catch (error) {
      throw transportFailure(error);
    }

    if (!response.ok) throw await problemOf(response);
    let payload: unknown;
    try {
      if (init.schema === BLOB) return (await response.blob()) as z.infer<S>;
      payload = await response.json();
    } catch (error) {
      // Cut off while the body was arriving is a timeout or a lost connection, not a bad answer.
      if (init.signal?.aborted || timeout.aborted || init.schema === BLOB) throw transportFailure(error);
      payload = undefined;
    }
    const parsed = z.safeParse(init.schema, payload);
    if (!parsed.success) {
      throw new ApiError({
        status: 502,
        code: 'contract',
        message: apiMessages.get().contract(init.method ?? 'GET', path),
      });
    }
    return parsed.data;
  }

  /** A file the API answers with (not JSON): its bytes and type, as a Blob. */
  function blob(path: string, signal?: AbortSignal): Promise<Blob> {
    return request(path, { schema: BLOB, signal }) as Promise<Blob>;
  }

  return { request, blob };
}

/** Marks a request whose answer is a file rather than JSON. */
const BLOB = {
  safeParse: (value: unknown) => ({ success: true, data: value }),
} as unknown as z.core.$ZodType<Blob>;

async function problemOf(response: Response): Promise<ApiError> {
  const problem = ApiProblem.safeParse(await response.json().catch(() => undefined));
  return new ApiError(
    problem.success
      ? problem.data
      : { status: response.status, code: 'http', message: apiMessages.get().http(response.status) },
  );
}

export type ApiClient = ReturnType<typeof createApiClient>;
