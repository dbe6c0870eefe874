/**
 * How the mocked backend behaves: its latency and the failures injected per resource, set from the page URL
 * (`?latency=0`, `?fail=listings:500,complaints:offline`, `?timeout=1000`) and remembered for the browser tab.
 */
export const RESOURCES = [
  'session',
  'accounts',
  'sellers',
  'listings',
  'authorisations',
  'penalties',
  'appeals',
  'complaints',
  'policies',
  'rules',
  'review',
  'audit',
  'notifications',
  'demo',
] as const;
export type Resource = (typeof RESOURCES)[number];

export const FAILURE_MODES = ['500', '503', 'timeout', 'offline'] as const;
export type FailureMode = (typeof FAILURE_MODES)[number];

/** A resource, `*` for all, or `<resource>/write` for its changes only (reads keep working). */
export type FailureTarget = Resource | '*' | `${Resource}/write`;

export interface DemoConfig {
  /** `realistic` waits 120-450 ms per call; a number waits exactly that many milliseconds. */
  latency: 'realistic' | number;
  failures: Partial<Record<FailureTarget, FailureMode>>;
  /** How long the app waits for an answer before it gives up (`?timeout=`); unset keeps the app's default. */
  timeout?: number;
}

export const DEFAULT_CONFIG: DemoConfig = { latency: 'realistic', failures: {} };

function isResource(value: string): value is FailureTarget {
  const base = value.endsWith('/write') ? value.slice(0, -'/write'.length) : value;
  return value === '*' || (RESOURCES as readonly string[]).includes(base);
}

function isFailureMode(value: string): value is FailureMode {
  return (FAILURE_MODES as readonly string[]).includes(value);
}

/** Reads `listings:500,complaints:offline`; unknown resources or modes are ignored, not fatal. */
export function parseFailures(value: string): DemoConfig['failures'] {
  const failures: DemoConfig['failures'] = {};
  for (const part of value.split(',')) {
    const [resource = '', mode = '500'] = part
      .trim()
      .split(':')
      .map((s) => s.trim().toLowerCase());
    if (isResource(resource) && isFailureMode(mode)) failures[resource] = mode;
  }
  return failures;
}

export function formatFailures(failures: DemoConfig['failures']): string {
  return Object.entries(failures)
    .map(([resource, mode]) => `${resource}:${mode}`)
    .join(',');
}

export function parseLatency(value: string | null): DemoConfig['latency'] | undefined {
  if (value === null) return undefined;
  if (value === 'realistic') return 'realistic';
  const ms = Number(value);
  return Number.isFinite(ms) && ms >= 0 ? Math.min(ms, 30_000) : undefined;
}

/** A client timeout in milliseconds, between 100 ms and 60 s; anything else is ignored. */
export function parseTimeout(value: string | null): number | undefined {
  if (value === null || value.trim() === '') return undefined;
  const ms = Number(value);
  return Number.isFinite(ms) ? Math.min(Math.max(ms, 100), 60_000) : undefined;
}

export const DEMO_CONFIG_KEY = 'scd:demo-config';
const STORAGE_KEY = DEMO_CONFIG_KEY;

/** The config for this page load: URL parameters win and are remembered in the tab's session storage. */
export function resolveDemoConfig(search: string, storage: Pick<Storage, 'getItem' | 'setItem'>): DemoConfig {
  let stored: DemoConfig = DEFAULT_CONFIG;
  try {
    const raw = JSON.parse(storage.getItem(STORAGE_KEY) ?? 'null') as Partial<DemoConfig> | null;
    if (raw && typeof raw === 'object') {
      stored = {
        latency: parseLatency(String(raw.latency ?? 'realistic')) ?? 'realistic',
        failures: parseFailures(formatFailures((raw.failures ?? {}) as DemoConfig['failures'])),
      };
      const timeout = parseTimeout(raw.timeout === undefined ? null : String(raw.timeout));
      if (timeout !== undefined) stored.timeout = timeout;
    }
  } catch {
    // A damaged entry is simply forgotten.
  }
  const params = new URLSearchParams(search);
  const config: DemoConfig = {
    latency: parseLatency(params.get('latency')) ?? stored.latency,
    failures: params.has('fail') ? parseFailures(params.get('fail') ?? '') : stored.failures,
  };
  const timeout = parseTimeout(params.get('timeout')) ?? stored.timeout;
  if (timeout !== undefined) config.timeout = timeout;
  rememberDemoConfig(config, storage);
  return config;
}

export function rememberDemoConfig(config: DemoConfig, storage: Pick<Storage, 'setItem'>): void {
  try {
    storage.setItem(STORAGE_KEY, JSON.stringify(config));
  } catch {
    // Storage may be full or disabled; the config still applies to this page load.
  }
}

export function latencyMs(config: DemoConfig, random: () => number = Math.random): number {
  return config.latency === 'realistic' ? 120 + Math.round(random() * 330) : config.latency;
}
