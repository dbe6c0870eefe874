import { delay, http, HttpResponse, type DefaultBodyType, type PathParams } from 'msw';
import { ACCOUNT_HEADER } from '@/shared/api/client';
import type { Account } from '@/shared/api/schemas';
import type { Db } from './db/db';
import type { StoredFile } from './db/storage';
import { latencyMs, type DemoConfig, type Resource } from './demo-config';
import { forbidden, HttpProblem, problemResponse, unauthorised } from './http';

/** What every handler can reach: the current database, the clock, the demo config, and persistence. */
export interface MockContext {
  db(): Db;
  now(): Date;
  config(): DemoConfig;
  /** Writes the database's pending changes to storage. */
  save(): Promise<void>;
  /** Starts again from the seed. */
  reset(): Promise<void>;
  /** Uploaded files, stored apart from the rows (a failed write throws). */
  files: {
    read(id: string): Promise<StoredFile | undefined>;
    write(id: string, file: StoredFile): Promise<void>;
  };
}

type Access = 'public' | 'signed-in' | 'seller' | 'reviewer';
type Method = 'get' | 'post' | 'patch' | 'put' | 'delete';

/** What a handler's helpers need once the caller is known to be signed in. */
export interface SignedInArgs {
  params: PathParams;
  account: Account;
  db: Db;
}

export interface HandlerArgs<A extends Access> {
  request: Request;
  params: PathParams;
  account: A extends 'public' ? Account | null : Account;
  db: Db;
  now: Date;
}

const FAILURE_MESSAGES = {
  '500': 'The server had a problem (injected failure). Try again.',
  '503': 'The service is temporarily unavailable (injected failure). Try again in a moment.',
} as const;

/**
 * Declares one endpoint: applies latency and injected failures, authenticates the demo account, enforces the
 * role, runs the handler, persists what it changed, and turns every error into a problem response.
 */
export function endpoint<A extends Access>(
  ctx: MockContext,
  method: Method,
  path: string,
  resource: Resource,
  access: A,
  handle: (args: HandlerArgs<A>) => unknown | Promise<unknown>,
) {
  return http[method]<PathParams, DefaultBodyType>(`*/api${path}`, async ({ request, params }) => {
    const config = ctx.config();
    const wait = latencyMs(config);
    if (wait > 0) await delay(wait);

    const failure =
      config.failures[resource] ??
      (method !== 'get' ? config.failures[`${resource}/write`] : undefined) ??
      config.failures['*'];
    if (failure === 'offline') return HttpResponse.error();
    if (failure === 'timeout') {
      await delay('infinite');
    } else if (failure) {
      return problemResponse({
        status: Number(failure),
        code: 'injected',
        message: FAILURE_MESSAGES[failure],
      });
    }

    try {
      const db = ctx.db();
      const accountId = request.headers.get(ACCOUNT_HEADER);
      const account = accountId ? (db.get('accounts', accountId) ?? null) : null;
      if (access !== 'public' && !account) throw unauthorised();
      if (access === 'reviewer' && account?.role !== 'reviewer')
        throw forbidden('Only compliance reviewers can do this.');
      if (access === 'seller' && account?.role !== 'seller') throw forbidden('Only sellers can do this.');

      const result = await handle({
        request,
        params,
        account: account as HandlerArgs<A>['account'],
        db,
        now: ctx.now(),
      });
      if (method !== 'get') {
        try {
          await ctx.save();
        } catch {
          throw new HttpProblem(
            503,
            'storage',
            'The demo could not save this change in the browser\u2019s storage, so nothing was changed. Try again.',
          );
        }
      }
      if (result instanceof Response) return result;
      return HttpResponse.json(result as DefaultBodyType, { status: method === 'post' ? 201 : 200 });
    } catch (error) {
      ctx.db().rollback(); // nothing half-done stays, in memory or in storage
      if (error instanceof HttpProblem) {
        return problemResponse({
          status: error.status,
          code: error.code,
          message: error.message,
          fieldErrors: error.fieldErrors,
        });
      }
      console.error('[mock api]', error);
      return problemResponse({
        status: 500,
        code: 'server_error',
        message: 'The server had an unexpected problem. Try again.',
      });
    }
  });
}

/** A seller may only see their own shop; reviewers see every shop. */
export function canSeeSeller(account: Account, sellerId: string): boolean {
  return account.role === 'reviewer' || account.sellerId === sellerId;
}
