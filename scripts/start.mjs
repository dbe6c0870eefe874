// `npm start`: install what is missing, build, and serve the demo (mocked API included).
import { ensureDeps, run } from './ensure-deps.mjs';

ensureDeps();
console.log('» Building the app…');
if (run('vite', ['build', '--logLevel', 'warn']) !== 0) process.exit(1);

const port = process.env.PORT ?? '4173';
const host = process.env.HOST ?? 'localhost';
console.log(`\n  Seller compliance dashboard: http://${host}:${port}/\n  (Ctrl+C to stop)\n`);
process.exit(run('vite', ['preview', '--port', port, '--strictPort', '--host', host, '--logLevel', 'warn']));
