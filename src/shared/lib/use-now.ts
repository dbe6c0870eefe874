import { useSyncExternalStore } from 'react';

const TICK_MS = 30_000;
const listeners = new Set<() => void>();
let now = Date.now();
let timer: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    now = Date.now();
    timer = setInterval(() => {
      now = Date.now();
      for (const l of listeners) l();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      clearInterval(timer);
      timer = null;
    }
  };
}

/** The same value until the next tick, as React requires; refreshed first if nothing has ticked for a while. */
function snapshot(): number {
  if (timer === null && Date.now() - now >= 1_000) now = Date.now();
  return now;
}

/** The current time, refreshed every 30 seconds for every countdown on the page at once. */
export function useNow(): Date {
  const ms = useSyncExternalStore(subscribe, snapshot, snapshot);
  return new Date(ms);
}
