/**
 * The demo seed's checks worked out when the app was built (`vite.config.ts`, `seed/known-checks.ts`); null in
 * development and tests, where the seed runs the checker itself.
 */
declare module 'virtual:known-seed-checks' {
  const encoded: string | null;
  export default encoded;
}
