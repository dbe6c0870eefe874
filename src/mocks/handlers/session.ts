import type { MockContext } from '../context';
import { endpoint } from '../context';

export function sessionHandlers(ctx: MockContext) {
  return [
    // The demo sign-in page lists the accounts before anyone is signed in.
    endpoint(ctx, 'get', '/accounts', 'accounts', 'public', ({ db }) => db.all('accounts')),
    endpoint(ctx, 'get', '/session', 'session', 'signed-in', ({ account }) => ({ account })),
  ];
}
