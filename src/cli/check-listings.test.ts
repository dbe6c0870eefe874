import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(new URL('.', import.meta.url).pathname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'check-listings-'));

function run(args: string[]) {
  const result = spawnSync(
    join(root, 'node_modules', '.bin', 'tsx'),
    [join(root, 'src', 'cli', 'check-listings.ts'), ...args],
    { encoding: 'utf8' },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('check-listings command', () => {
  it('prints only a JSON array with --format json and exits 1 when something is blocked', () => {
    const path = file(
      'catalogue.json',
      JSON.stringify([
        { id: 'ok-1', title: 'Ceramic mug, 350 ml' },
        { id: 'bad-1', title: 'R e p l i c a watch', brand: 'Rolex', authorizedBrands: ['Rolex'] },
      ]),
    );
    const { code, stdout, stderr } = run(['--format', 'json', path]);
    expect(stderr).toBe('');
    const results = JSON.parse(stdout) as { id: string; verdict: string; findings: { ruleId: string }[] }[];
    expect(results.map((r) => [r.id, r.verdict])).toEqual([
      ['ok-1', 'ok'],
      ['bad-1', 'block'],
    ]);
    expect(results[1]?.findings.map((f) => f.ruleId)).toContain('plp.evasion.distorted-keyword');
    expect(code).toBe(1);
  }, 20_000);

  it('exits 0 with a table when nothing is blocked', () => {
    const path = file(
      'clean.csv',
      'id,title,description,brand,category,authorizedBrands\nc1,Case for iPhone 15,Soft TPU,,phones-accessories,\n',
    );
    const { code, stdout } = run([path]);
    expect(stdout).toContain('c1');
    expect(stdout).toContain('1 listing(s): 0 blocked, 0 with warnings, 1 ok.');
    expect(code).toBe(0);
  }, 20_000);

  it('exits 2 naming the file and line of unreadable input, and of bad rows', () => {
    const broken = file('broken.json', '[\n{"id": "a", "title": "x"},\n{"id": "b" "title": "y"}\n]');
    const first = run([broken]);
    expect(first.code).toBe(2);
    expect(first.stderr).toContain(`${broken}:3:`);
    const partly = file('partly.csv', 'id,title\ngood,Mug\nbad,\n');
    const second = run(['--format', 'json', partly]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain(`${partly}:3: Listing bad has no title.`);
    expect((JSON.parse(second.stdout) as unknown[]).length).toBe(1);
    const missing = run([join(dir, 'nope.csv')]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.csv: cannot read the file');
  }, 30_000);

  it('explains its usage on bad arguments', () => {
    const { code, stderr } = run(['--format', 'xml', 'x.json']);
    expect(code).toBe(2);
    expect(stderr).toContain('Usage: npm run check-listings');
  }, 20_000);
});
