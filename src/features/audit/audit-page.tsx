import { useSuspenseQuery } from '@tanstack/react-query';
import { Form, useSearchParams } from 'react-router';
import { formatDateTime } from '@/shared/lib/format';
import { PageHeader } from '@/shared/ui/page-header';
import { EmptyState } from '@/shared/ui/panels';
import { Table, Td, Th } from '@/shared/ui/table';
import { auditEventsQuery } from './queries';

export function AuditPage() {
  const [search] = useSearchParams();
  const q = search.get('q') ?? '';
  const { data: events } = useSuspenseQuery(auditEventsQuery(q));
  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every decision and change of status: who, when, what, and the clause relied on. Entries cannot be edited."
      />
      <Form key={q} method="get" role="search" className="mb-4 flex items-end gap-3">
        <label className="flex flex-col text-sm font-medium text-slate-800">
          Search the log
          <input name="q" type="search" defaultValue={q} className="field mt-1 w-72" />
        </label>
        <button type="submit" className="btn-primary">
          Search
        </button>
      </Form>
      {events.length === 0 ? (
        <EmptyState title="No entries match" />
      ) : (
        <Table
          caption="Audit events"
          head={
            <>
              <Th>When</Th>
              <Th>Who</Th>
              <Th>Action</Th>
              <Th>Subject</Th>
              <Th>Summary</Th>
            </>
          }
        >
          {events.map((event) => (
            <tr key={event.id}>
              <Td className="whitespace-nowrap">{formatDateTime(event.at)}</Td>
              <Td>{event.actor.name}</Td>
              <Td>
                <code>{event.action}</code>
              </Td>
              <Td>
                <code>{event.subject.id}</code>
              </Td>
              <Td className="max-w-md break-words">{event.summary}</Td>
            </tr>
          ))}
        </Table>
      )}
    </>
  );
}
