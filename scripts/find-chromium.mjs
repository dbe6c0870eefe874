// Finds a Chromium for the browser tests, installing Debian's package when we can (root + apt-get).
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const candidates = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

function firstExecutable() {
  for (const path of candidates) {
    try {
      accessSync(path, constants.X_OK);
      return path;
    } catch {
      // not here; try the next one
    }
  }
  return undefined;
}

function canInstallWithApt() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

/** Playwright's own browser download: works on a developer's machine with internet, not on closed networks. */
function installPlaywrightChromium() {
  console.log(
    "» No system Chromium found: trying Playwright's own download (npx playwright install chromium)…",
  );
  const result = spawnSync('npx', ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return result.status === 0;
}

/** A Chromium path, 'bundled' for Playwright's own browser, or undefined (after saying what to install). */
export function findChromium() {
  const found = firstExecutable();
  if (found) return found;
  if (canInstallWithApt()) {
    console.log('» No Chromium found: installing Debian package "chromium" with apt-get…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    const installed = firstExecutable();
    if (installed) return installed;
  }
  if (installPlaywrightChromium()) return 'bundled';
  console.error(
    '✖ The browser tests need Chromium and none was found.\n' +
      '  Install it (Debian/Ubuntu: "sudo apt-get install -y chromium"; macOS: "brew install --cask chromium")\n' +
      '  or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
  return undefined;
}
