import { useSuspenseQuery } from '@tanstack/react-query';
import { formatDateTime, humanise } from '@/shared/lib/format';
import { PageHeader } from '@/shared/ui/page-header';
import { Card } from '@/shared/ui/panels';
import { reviewItemQuery } from './queries';

export function ReviewItemPage({ itemId }: { itemId: string }) {
  const { data } = useSuspenseQuery(reviewItemQuery(itemId));
  const { item, decisions } = data;
  return (
    <>
      <PageHeader
        title={item.title}
        description={`${humanise(item.kind)} · risk ${item.risk} · ${item.pointsAtStake} points at stake`}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <Card title="Why it is here">
          <p className="break-words">{item.reason}</p>
          {item.ruleIds.length ? (
            <p className="mt-2 text-sm">
              Rules:{' '}
              {item.ruleIds.map((r) => (
                <code key={r} className="mr-2">
                  {r}
                </code>
              ))}
            </p>
          ) : null}
          <p className="mt-2 text-sm text-slate-700">
            Seller shop: {item.sellerId} · in the queue since {formatDateTime(item.createdAt)}
          </p>
        </Card>
        <Card title="Decisions">
          {decisions.length === 0 ? (
            <p className="text-sm text-slate-700">No decision yet.</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {decisions.map((d) => (
                <li key={d.id}>
                  {formatDateTime(d.decidedAt)} · {d.reviewer.name}: {humanise(d.action)}. {d.reason}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
