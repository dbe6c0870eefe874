import { endpoint, type MockContext } from '../context';

export function demoHandlers(ctx: MockContext) {
  return [
    endpoint(ctx, 'post', '/demo/reset', 'demo', 'public', async ({ now }) => {
      await ctx.reset();
      return { ok: true, resetAt: now.toISOString() };
    }),
  ];
}
