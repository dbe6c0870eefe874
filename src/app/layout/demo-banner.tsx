import { useLocation, useNavigate } from 'react-router';
import { useDemoStatus } from '../demo-status';
import { appMessages } from '../messages';

/** Says when the demo reset damaged data, and when failures are being injected on purpose. */
export function DemoBanner() {
  const { notice, dismissNotice, failures: injected, clearFailures } = useDemoStatus();
  const location = useLocation();
  const navigate = useNavigate();
  const m = appMessages.use();

  const turnOff = () => {
    clearFailures();
    const params = new URLSearchParams(location.search);
    if (params.has('fail')) {
      params.delete('fail');
      const search = params.toString();
      void navigate(
        { pathname: location.pathname, search: search ? `?${search}` : '', hash: location.hash },
        { replace: true },
      );
    }
  };

  if (!notice && !injected) return null;
  return (
    <div className="mx-auto w-full max-w-7xl space-y-2 px-4 pt-4">
      {notice ? (
        <div
          role="status"
          className="flex items-start justify-between gap-4 rounded-md border border-sky-300 bg-sky-50 px-4 py-3 text-sky-950"
        >
          <p>{m.banner.notices[notice]}</p>
          <button type="button" className="btn-secondary" onClick={dismissNotice}>
            {m.banner.dismiss}
          </button>
        </div>
      ) : null}
      {injected ? (
        <div className="flex items-start justify-between gap-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-amber-950">
          <p>
            {m.banner.failuresOn} <code>{injected}</code>. {m.banner.failuresExplained}
          </p>
          <button type="button" className="btn-secondary" onClick={turnOff}>
            {m.banner.turnOff}
          </button>
        </div>
      ) : null}
    </div>
  );
}
