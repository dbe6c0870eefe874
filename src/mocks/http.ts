import { HttpResponse } from 'msw';
import { z } from 'zod/mini';
import type { ApiProblem } from '@/shared/api/schemas';

/** Thrown inside a handler to answer with a problem body; the endpoint wrapper turns it into a response. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export const badRequest = (message: string, fieldErrors?: Record<string, string[]>) =>
  new HttpProblem(400, 'bad_request', message, fieldErrors);
export const unauthorised = () =>
  new HttpProblem(401, 'unauthorised', 'Sign in to a demo account to use the dashboard.');
export const forbidden = (message = 'Your account is not allowed to do this.') =>
  new HttpProblem(403, 'forbidden', message);
export const notFound = (what: string) => new HttpProblem(404, 'not_found', `${what} was not found.`);
export const conflict = (message: string) => new HttpProblem(409, 'conflict', message);
export const unprocessable = (message: string, fieldErrors?: Record<string, string[]>) =>
  new HttpProblem(422, 'invalid', message, fieldErrors);

export function problemResponse(problem: ApiProblem): Response {
  return HttpResponse.json(problem, { status: problem.status });
}

export const MAX_BODY_BYTES = 256 * 1024;

export function fieldErrorsOf(error: z.core.$ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  const add = (path: string, message: string) => (fields[path || 'body'] ??= []).push(message);
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys)
        add([...issue.path, key].join('.'), 'This field is not part of the request.');
    } else {
      add(issue.path.map(String).join('.'), issue.message);
    }
  }
  return fields;
}

/** A JSON body's value: 413 when too large, 400 when not JSON; an empty body is `{}` when `optional`. */
async function readJson(request: Request, optional = false): Promise<unknown> {
  const text = await request.text();
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    throw new HttpProblem(413, 'too_large', `The request body is larger than ${MAX_BODY_BYTES / 1024} KB.`);
  }
  if (optional && text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw badRequest('The request body is not valid JSON.');
  }
}

function validate<S extends z.core.$ZodType>(json: unknown, schema: S): z.infer<S> {
  const parsed = z.safeParse(schema, json);
  if (!parsed.success) {
    throw unprocessable('Some fields need attention.', fieldErrorsOf(parsed.error));
  }
  return parsed.data;
}

/** Reads and validates a JSON body: 413 when too large, 400 when not JSON, 422 with field errors when invalid. */
export async function parseBody<S extends z.core.$ZodType>(request: Request, schema: S): Promise<z.infer<S>> {
  return validate(await readJson(request), schema);
}

const NoFields = z.strictObject({});

/** For a write that takes no body: none (or `{}`) is accepted; anything else is refused as parseBody would. */
export async function parseNoBody(request: Request): Promise<void> {
  validate(await readJson(request, true), NoFields);
}

/** Validates query parameters: 400 with field errors when a filter is not one the API knows. */
export function parseQuery<S extends z.core.$ZodType>(request: Request, schema: S): z.infer<S> {
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = z.safeParse(schema, params);
  if (!parsed.success) throw badRequest('Some query parameters are not valid.', fieldErrorsOf(parsed.error));
  return parsed.data;
}

export function paginate<T>(rows: readonly T[], page: number, pageSize: number) {
  const start = (page - 1) * pageSize;
  return { items: rows.slice(start, start + pageSize), page, pageSize, total: rows.length };
}
