import { z } from 'zod/mini';
import { en } from 'zod/locales';

// The functional `zod/mini` API keeps the first page small: the chained API cannot be tree-shaken. Unlike the
// chained API it brings no messages of its own, so the English ones are set here for the rules that name none.
z.config(en());

// Every schema module imports this one first, so this runs before any schema is built. The built page's Content
// Security Policy allows no eval: zod would still try `new Function` once, to see whether it may compile its
// parsers, and the browser reports that as a violation. Node (tests, tools) keeps the compiled parsers.
if (typeof document !== 'undefined') z.config({ jitless: true });

export const Timestamp = z.iso.datetime({ offset: true });
export const Id = z.string().check(z.minLength(1), z.maxLength(64));

/** A citation of one clause of one policy, e.g. `{ policy: 'product-listing-policy', clause: 'cat-3' }`. */
export const PolicyRef = z.object({
  policy: z.string().check(z.minLength(1)),
  clause: z.string().check(z.minLength(1)),
});
export type PolicyRef = z.infer<typeof PolicyRef>;

export const Role = z.enum(['seller', 'reviewer']);
export type Role = z.infer<typeof Role>;

/** Who did something: a person signed in to the demo, or the platform's automation. */
export const Actor = z.object({
  kind: z.enum(['seller', 'reviewer', 'system', 'complainant']),
  id: z.string(),
  name: z.string(),
});
export type Actor = z.infer<typeof Actor>;

/** A document attached to a complaint, response or appeal (only its name and kind: files live elsewhere). */
export const DocumentRef = z.object({
  kind: z.enum([
    'trademark_certificate',
    'patent',
    'copyright_registration',
    'original_files',
    'licence',
    'authorisation_letter',
    'power_of_attorney',
    'purchase_invoice',
    'photo',
    'other',
  ]),
  name: z
    .string()
    .check(
      z.trim(),
      z.minLength(1, 'Give the document a file name.'),
      z.maxLength(200, 'Keep the file name to 200 characters or fewer.'),
    ),
  /** Set when the document was attached from the seller's brand-document vault rather than uploaded again. */
  vaultId: z.optional(z.string().check(z.minLength(1), z.maxLength(64))),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

/** A whole number of at least `min`. */
export const intAtLeast = (min: number) => z.number().check(z.int(), z.gte(min));

export function pageOf<T extends z.ZodMiniType>(item: T) {
  return z.object({
    items: z.array(item),
    page: intAtLeast(1),
    pageSize: intAtLeast(1),
    total: intAtLeast(0),
  });
}
export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

/** The body of every 4xx/5xx answer. `fieldErrors` maps a field path to its messages. */
export const ApiProblem = z.object({
  status: z.number().check(z.int()),
  code: z.string(),
  message: z.string(),
  fieldErrors: z.optional(z.record(z.string(), z.array(z.string()))),
});
export type ApiProblem = z.infer<typeof ApiProblem>;

export const Ok = z.object({ ok: z.literal(true) });
