import { formatFailures } from '@/mocks/demo-config';
import { useDemoStatus } from '../demo-status';

/** Says when the demo reset damaged data, and when failures are being injected on purpose. */
export function DemoBanner() {
  const { notice, dismissNotice, config } = useDemoStatus();
  const failures = formatFailures(config.failures);
  if (!notice && !failures) return null;
  return (
    <div className="mx-auto w-full max-w-7xl space-y-2 px-4 pt-4">
      {notice ? (
        <div role="status" className="flex items-start justify-between gap-4 rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sky-950">
          <p>{notice}</p>
          <button type="button" className="btn-secondary" onClick={dismissNotice}>
            Dismiss
          </button>
        </div>
      ) : null}
      {failures ? (
        <div className="flex items-start justify-between gap-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
          <p>
            Failure injection is on: <code>{failures}</code>. Calls to these parts of the API fail on purpose.
          </p>
          <a className="link" href={`${window.location.pathname}?fail=`}>
            Turn it off
          </a>
        </div>
      ) : null}
    </div>
  );
}
