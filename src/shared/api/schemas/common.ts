import { z } from 'zod';

// Every schema module imports this one first, so this runs before any schema is built. The built page's Content
// Security Policy allows no eval: zod would still try `new Function` once, to see whether it may compile its
// parsers, and the browser reports that as a violation. Node (tests, tools) keeps the compiled parsers.
if (typeof document !== 'undefined') z.config({ jitless: true });

export const Timestamp = z.iso.datetime({ offset: true });
export const Id = z.string().min(1).max(64);

/** A citation of one clause of one policy, e.g. `{ policy: 'product-listing-policy', clause: 'cat-3' }`. */
export const PolicyRef = z.object({ policy: z.string().min(1), clause: z.string().min(1) });
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
    .trim()
    .min(1, 'Give the document a file name.')
    .max(200, 'Keep the file name to 200 characters or fewer.'),
  /** Set when the document was attached from the seller's brand-document vault rather than uploaded again. */
  vaultId: z.string().min(1).max(64).optional(),
});
export type DocumentRef = z.infer<typeof DocumentRef>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int().min(1),
    pageSize: z.number().int().min(1),
    total: z.number().int().min(0),
  });
}
export type Page<T> = { items: T[]; page: number; pageSize: number; total: number };

/** The body of every 4xx/5xx answer. `fieldErrors` maps a field path to its messages. */
export const ApiProblem = z.object({
  status: z.number().int(),
  code: z.string(),
  message: z.string(),
  fieldErrors: z.record(z.string(), z.array(z.string())).optional(),
});
export type ApiProblem = z.infer<typeof ApiProblem>;

export const Ok = z.object({ ok: z.literal(true) });
