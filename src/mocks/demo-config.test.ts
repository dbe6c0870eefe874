import { describe, expect, it } from 'vitest';
import { latencyMs, parseFailures, resolveDemoConfig } from './demo-config';

function memoryStorage(initial: Record<string, string> = {}) {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => values.get(k) ?? null,
    setItem: (k: string, v: string) => void values.set(k, v),
  };
}

describe('demo config', () => {
  it('reads injected failures per resource and ignores nonsense', () => {
    expect(
      parseFailures('listings:500, complaints:offline,bogus:500,review:teapot,audit,penalties/write:503'),
    ).toEqual({
      listings: '500',
      complaints: 'offline',
      audit: '500',
      'penalties/write': '503',
    });
  });

  it('remembers URL settings for the tab and lets ?fail= clear them', () => {
    const storage = memoryStorage();
    expect(resolveDemoConfig('?fail=listings:503&latency=0', storage)).toEqual({
      latency: 0,
      failures: { listings: '503' },
    });
    expect(resolveDemoConfig('', storage)).toEqual({ latency: 0, failures: { listings: '503' } });
    expect(resolveDemoConfig('?fail=', storage).failures).toEqual({});
  });

  it('shortens the client timeout when told, within bounds, and remembers it for the tab', () => {
    const storage = memoryStorage();
    expect(resolveDemoConfig('?timeout=800', storage).timeout).toBe(800);
    expect(resolveDemoConfig('?fail=listings:timeout', storage)).toEqual({
      latency: 'realistic',
      failures: { listings: 'timeout' },
      timeout: 800,
    });
    expect(resolveDemoConfig('?timeout=5', memoryStorage()).timeout).toBe(100);
    expect(resolveDemoConfig('?timeout=soon', memoryStorage())).not.toHaveProperty('timeout');
  });

  it('survives a damaged stored entry', () => {
    const storage = memoryStorage({ 'scd:demo-config': '{not json' });
    expect(resolveDemoConfig('', storage)).toEqual({ latency: 'realistic', failures: {} });
  });

  it('waits realistically by default and exactly when told', () => {
    expect(latencyMs({ latency: 'realistic', failures: {} }, () => 0)).toBe(120);
    expect(latencyMs({ latency: 'realistic', failures: {} }, () => 1)).toBe(450);
    expect(latencyMs({ latency: 0, failures: {} })).toBe(0);
  });
});
