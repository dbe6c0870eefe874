import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { runnerImport, type Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const port = Number(process.env.PORT ?? 4173);

/**
 * The built app's Content Security Policy: no inline script or style, nothing from another origin. Why each
 * source is allowed is in the README ("Content Security Policy").
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  'object-src blob:',
  'frame-src blob:',
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Puts the policy in the built index.html, right after the charset and so before any script or stylesheet; not in
 * dev, where React's fast refresh needs an inline script.
 */
function contentSecurityPolicy(): Plugin {
  const charset = /<meta charset="UTF-8" \/>/;
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml(html) {
      if (!charset.test(html))
        throw new Error('index.html has no <meta charset="UTF-8" /> to put the policy after');
      return html.replace(
        charset,
        (meta) =>
          `${meta}\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      );
    },
  };
}

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

/**
 * `virtual:known-seed-checks`: in a build, the demo seed's checks, worked out here once by the real checker so
 * that a page opening the demo does not check 10,000 listings on every load; null in development and tests.
 */
function knownSeedChecks(): Plugin {
  const id = 'virtual:known-seed-checks';
  let building = false;
  return {
    name: 'known-seed-checks',
    configResolved(config) {
      building = config.command === 'build';
    },
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    async load(loaded) {
      if (loaded !== `\0${id}`) return undefined;
      if (!building) return 'export default null;';
      const { module } = await runnerImport<{ buildKnownSeedChecks(): string }>(
        fileURLToPath(new URL('./src/mocks/seed/build-known-checks.ts', import.meta.url)),
        { configFile: false, resolve: { alias }, logLevel: 'error' },
      );
      return `export default ${JSON.stringify(module.buildKnownSeedChecks())};`;
    },
  };
}

export default defineConfig({
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), knownSeedChecks()],
  resolve: { alias },
  server: { port, strictPort: true },
  preview: { port, strictPort: true },
  // The manifest lets `npm run perf` tell the app's first-page chunks from the mocked API's.
  build: {
    sourcemap: true,
    chunkSizeWarningLimit: 800,
    manifest: true,
    rolldownOptions: {
      output: {
        // The libraries every page needs, in one long-cached chunk rather than spread over the first chunks.
        codeSplitting: {
          groups: [
            {
              name: 'framework',
              test: /node_modules[\\/](react|react-dom|scheduler|react-router|@tanstack|zod)[\\/]/,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
