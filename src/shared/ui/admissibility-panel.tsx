import { admissible, type AdmissibilityCheck } from '@/domain/complaints/admissibility';
import { COUNTER_NOTICE_GROUND_LABELS } from '@/domain/complaints/grounds';
import { Badge } from '@/shared/ui/badge';
import { Card } from '@/shared/ui/panels';
import { ClauseLink } from '@/shared/ui/clause-link';

/**
 * Each requirement of a valid complaint, passed or failed, with why and the clause. A failed one is shown as the
 * ground a seller can give in a counter-notice.
 */
export function AdmissibilityPanel({
  checks,
  reviewer,
}: {
  checks: readonly AdmissibilityCheck[];
  reviewer: boolean;
}) {
  const failed = checks.filter((c) => !c.passed);
  return (
    <Card title="Admissibility" className="lg:col-span-2">
      <p className="mb-3 text-sm">
        {admissible(checks)
          ? `All ${checks.length} checks pass: the complaint looks complete and admissible. If you disagree with it, the grounds are about the goods themselves (for example that they are genuine or that you are authorised).`
          : `${failed.length} of ${checks.length} checks fail. A complaint that is incomplete or of a kind the marketplace does not review can be answered with a counter-notice${reviewer ? '' : ': the failed checks below are your grounds'}.`}
      </p>
      <ul className="space-y-3" aria-label="Admissibility checks">
        {checks.map((check) => (
          <li
            key={check.id}
            className={`rounded-lg border p-3 text-sm ${check.passed ? 'border-slate-200' : 'border-red-300 bg-red-50/40'}`}
          >
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={check.passed ? 'good' : 'bad'}>{check.passed ? 'Passed' : 'Failed'}</Badge>
              <span className="font-medium">{check.label}</span>
            </p>
            <p className="mt-1">{check.detail}</p>
            {!check.passed && check.ground ? (
              <p className="mt-1">
                <span className="font-medium">Ground for a counter-notice:</span>{' '}
                {COUNTER_NOTICE_GROUND_LABELS[check.ground]}.
              </p>
            ) : !check.passed ? (
              <p className="mt-1">
                Not a ground on its own: the marketplace asks the complainant for what is missing.
              </p>
            ) : null}
            <p className="mt-1 text-slate-700">
              Rule: <ClauseLink refTo={check.clause} />
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
