/// <reference lib="webworker" />
import type { HostScope } from './worker-host';
import { serveChecker } from './worker-host';

// Runs the listing checker off the main thread, so typing and scrolling never wait for it.
serveChecker(self as unknown as HostScope);
