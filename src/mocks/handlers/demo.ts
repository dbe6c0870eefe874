import { endpoint, type MockContext } from '../context';
import { parseNoBody } from '../http';

export function demoHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'post', '/demo/reset', 'demo', 'public', async ({ request, now }) => {
      await parseNoBody(request);
      await ctx.reset();
      return { ok: true, resetAt: now.toISOString() };
    }),
  ];
}
