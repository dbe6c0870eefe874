import type { CheckContext, CheckResult, ListingText } from '@/domain/checker';

/** Messages between the page and the checker's worker. */
export type WorkerRequest =
  | {
      type: 'check';
      id: number;
      listings: ListingText[];
      context: Omit<CheckContext, 'reviewOnlyRules'> & { reviewOnlyRules?: string[] };
    }
  | { type: 'cancel'; id: number };

export type WorkerResponse =
  | { type: 'progress'; id: number; done: number; total: number }
  | { type: 'done'; id: number; results: CheckResult[] }
  | { type: 'cancelled'; id: number; done: number }
  | { type: 'error'; id: number; message: string };
