// Installs the project's npm dependencies when they are missing or older than package-lock.json.
// Uses only Node built-ins, because it runs before anything is installed.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('..', import.meta.url));
const stampPath = join(root, 'node_modules', '.install-stamp');
// npm and the tools in node_modules/.bin are .cmd scripts on Windows, which need a shell.
const shell = process.platform === 'win32';

function lockHash() {
  return createHash('sha256')
    .update(readFileSync(join(root, 'package-lock.json')))
    .digest('hex');
}

export function ensureDeps() {
  if (existsSync(stampPath) && readFileSync(stampPath, 'utf8') === lockHash()) return;
  console.log('» Installing dependencies (npm ci)…');
  let result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', shell });
  if (result.status !== 0) {
    // A registry mirror can lack a platform package the lock file names; npm install tolerates that.
    console.log('» npm ci failed; trying npm install…');
    result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', shell });
  }
  if (result.status !== 0) {
    console.error(
      '✖ Installing dependencies failed: check your network access to the npm registry and try again.',
    );
    process.exit(result.status ?? 1);
  }
  // Hashed after installing: npm install may have rewritten the lock file.
  writeFileSync(stampPath, lockHash());
}

/** Runs a command from node_modules/.bin (or any command), streaming its output; returns the exit code. */
export function run(command, args, options = {}) {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    shell,
    ...options,
    env: {
      ...process.env,
      ...options.env,
      PATH: `${join(root, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`,
    },
  });
  if (result.error) {
    console.error(`✖ Could not run ${command}: ${result.error.message}`);
    return 1;
  }
  return result.status ?? 1;
}
