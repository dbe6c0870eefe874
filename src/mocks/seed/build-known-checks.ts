import { DEFAULT_SEED } from '../db/database';
import { createSeed } from './index';
import { recordingSeedChecker } from './known-checks';

/**
 * Runs when the app is built (see `vite.config.ts`): seeds the demo once with the real checker and returns its
 * checks, so a page opening the demo reuses them instead of checking 10,000 listings on every load. Checks do
 * not depend on the date the demo is anchored at, only on what each listing says.
 */
export function buildKnownSeedChecks(): string {
  const recorder = recordingSeedChecker();
  createSeed({ seed: DEFAULT_SEED, anchor: new Date('2026-01-01T00:00:00Z'), checker: recorder.checker });
  return recorder.encode();
}
