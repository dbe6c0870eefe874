import { DAY_MS, HOUR_MS } from '@/domain/time';
/** A small seeded generator (mulberry32): the same seed always yields the same demo data. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  function next(): number {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  }
  return {
    next,
    int(min: number, max: number): number {
      return min + Math.floor(next() * (max - min + 1));
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    chance(probability: number): boolean {
      return next() < probability;
    },
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
}
export type Random = ReturnType<typeof createRandom>;

/** Dates relative to the seed's anchor, so deadlines stay "in the next days" whenever the demo is reset. */
export function createClock(anchor: Date) {
  return {
    anchor,
    daysAgo(days: number, hours = 0): string {
      return new Date(anchor.getTime() - days * DAY_MS - hours * HOUR_MS).toISOString();
    },
    /** A given hour (UTC) of the marketplace day `days` before the anchor's: records on one day stay together. */
    dayAt(days: number, hourUtc: number): string {
      const day = Math.floor(anchor.getTime() / DAY_MS) - days;
      return new Date(day * DAY_MS + hourUtc * HOUR_MS).toISOString();
    },
    hoursAgo(hours: number): string {
      return new Date(anchor.getTime() - hours * HOUR_MS).toISOString();
    },
    daysFromNow(days: number): string {
      return new Date(anchor.getTime() + days * DAY_MS).toISOString();
    },
  };
}
export type Clock = ReturnType<typeof createClock>;
