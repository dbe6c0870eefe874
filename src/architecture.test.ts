import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Keeps the layering of docs' architecture true: imports point app -> features -> shared, domain. */
const SRC = resolve(dirname(new URL(import.meta.url).pathname));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

interface Edge {
  from: string;
  to: string;
}

function edges(): Edge[] {
  const found: Edge[] = [];
  for (const file of sourceFiles(SRC)) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[1] ?? match[2] ?? '';
      let target: string | null = null;
      if (spec.startsWith('@/')) target = spec.slice(2);
      else if (spec.startsWith('.')) target = relative(SRC, resolve(dirname(file), spec));
      else target = `npm:${spec}`;
      found.push({ from: relative(SRC, file), to: target });
    }
  }
  return found;
}

const layer = (path: string) =>
  path.startsWith('npm:')
    ? path
    : path
        .split('/')
        .slice(0, path.startsWith('features/') ? 2 : 1)
        .join('/');
const all = edges();

describe('architecture', () => {
  it('reads a real import graph', () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it('keeps domain free of our other layers, React and the network', () => {
    const bad = all.filter(
      (e) =>
        e.from.startsWith('domain/') &&
        !e.to.startsWith('domain/') &&
        (!e.to.startsWith('npm:') || /react|msw/.test(e.to)),
    );
    expect(bad).toEqual([]);
    for (const file of sourceFiles(join(SRC, 'domain'))) {
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bfetch\(|document\.|window\./);
    }
  });

  it('keeps shared free of features, app and mocks', () => {
    const bad = all.filter((e) => e.from.startsWith('shared/') && /^(features|app|mocks)\//.test(e.to));
    expect(bad).toEqual([]);
  });

  it('never lets one feature import another, nor features reach app or mocks', () => {
    const bad = all.filter(
      (e) =>
        e.from.startsWith('features/') &&
        !e.to.startsWith('npm:') &&
        ((e.to.startsWith('features/') && layer(e.to) !== layer(e.from)) || /^(app|mocks)\//.test(e.to)),
    );
    expect(bad).toEqual([]);
  });

  it('lets the mocked backend use only domain, the API contract and itself', () => {
    const bad = all.filter(
      (e) =>
        e.from.startsWith('mocks/') &&
        !e.to.startsWith('npm:') &&
        !/^(mocks|domain|shared\/api)\//.test(e.to),
    );
    expect(bad).toEqual([]);
  });
});

describe('architecture of the checker', () => {
  it('keeps the command-line tool on domain code only', () => {
    const bad = all.filter(
      (e) => e.from.startsWith('cli/') && !e.to.startsWith('npm:') && !/^(cli|domain)\//.test(e.to),
    );
    expect(bad).toEqual([]);
  });

  it('keeps the checker free of the rest of the domain but the policy ids it cites', () => {
    const bad = all.filter(
      (e) =>
        e.from.startsWith('domain/checker/') &&
        !e.from.endsWith('.test.ts') &&
        !e.to.startsWith('npm:') &&
        !e.to.startsWith('domain/checker/'),
    );
    expect(bad).toEqual([]);
  });
});
