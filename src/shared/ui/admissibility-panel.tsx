import { admissible, type AdmissibilityCheck } from '@/domain/complaints/admissibility';
import { GROUND_LABELS } from '@/domain/complaints/grounds';
import { useLocale } from '@/shared/i18n/locale';
import { Badge } from '@/shared/ui/badge';
import { Card } from '@/shared/ui/panels';
import { ClauseLink } from '@/shared/ui/clause-link';
import { uiMessages } from './messages';

/**
 * Each requirement of a valid complaint, passed or failed, with why and the clause. A failed one is shown as the
 * ground a seller can give in a counter-notice. The checks come worded by the caller
 * (`admissibilityChecks(complaint, locale)`); the panel words the rest in the interface language.
 */
export function AdmissibilityPanel({
  checks,
  reviewer,
}: {
  checks: readonly AdmissibilityCheck[];
  reviewer: boolean;
}) {
  const m = uiMessages.use();
  const a = m.admissibility;
  const locale = useLocale();
  const failed = checks.filter((c) => !c.passed);
  return (
    <Card title={a.title} className="lg:col-span-2">
      <p className="mb-3 text-sm">
        {admissible(checks) ? a.allPass(checks.length) : a.someFail(failed.length, checks.length, reviewer)}
      </p>
      <ul className="space-y-3" aria-label={a.list}>
        {checks.map((check) => (
          <li
            key={check.id}
            className={`rounded-lg border p-3 text-sm ${check.passed ? 'border-slate-200' : 'border-red-300 bg-red-50/40'}`}
          >
            <p className="flex flex-wrap items-center gap-2">
              <Badge tone={check.passed ? 'good' : 'bad'}>{check.passed ? a.passed : a.failed}</Badge>
              <span className="font-medium">{check.label}</span>
            </p>
            <p className="mt-1">{check.detail}</p>
            {!check.passed && check.ground ? (
              <p className="mt-1">
                <span className="font-medium">{a.ground}</span> {GROUND_LABELS[locale][check.ground]}.
              </p>
            ) : !check.passed ? (
              <p className="mt-1">{a.noGround}</p>
            ) : null}
            <p className="mt-1 text-slate-700">
              {a.rule} <ClauseLink refTo={check.clause} />
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
