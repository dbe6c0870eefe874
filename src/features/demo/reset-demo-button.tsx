import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useRevalidator } from 'react-router';
import { api } from '@/shared/api/api';
import { DemoReset } from '@/shared/api/schemas/account-data';
import { demoMessages } from './messages';

/** Puts the demo back to its original data, after asking, and says when it is done. */
export function ResetDemoButton() {
  const m = demoMessages.use();
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  const queryClient = useQueryClient();
  const revalidator = useRevalidator();
  const reset = useMutation({
    mutationFn: () => api.request('/demo/reset', { method: 'POST', schema: DemoReset }),
    onSuccess: async () => {
      // Every cached answer is now out of date: refetch them all (not just those on screen), then the loaders.
      await queryClient.invalidateQueries({ refetchType: 'all' });
      await revalidator.revalidate();
      setConfirming(false);
      setDone(true);
    },
  });

  // Keyboard focus follows the question: onto "Yes, reset" when asked, back to the button when answered.
  useEffect(() => {
    if (confirming) {
      asked.current = true;
      confirm.current?.focus();
    } else if (asked.current) {
      trigger.current?.focus();
    }
  }, [confirming]);

  // Escape answers the question with Cancel.
  const cancelOnEscape = (event: KeyboardEvent) => {
    if (event.key === 'Escape') setConfirming(false);
  };

  return (
    <div className="flex flex-wrap items-center gap-2">
      <p role="status" className="text-sm">
        {done ? m.restored : ''}
        {reset.isError ? m.failed(reset.error.message) : ''}
      </p>
      {confirming ? (
        <>
          <span>{m.confirm}</span>
          <button
            ref={confirm}
            type="button"
            className="btn-primary"
            disabled={reset.isPending}
            onClick={() => reset.mutate()}
            onKeyDown={cancelOnEscape}
          >
            {reset.isPending ? m.resetting : m.yes}
          </button>
          <button
            type="button"
            className="btn-secondary"
            onClick={() => setConfirming(false)}
            onKeyDown={cancelOnEscape}
          >
            {m.cancel}
          </button>
        </>
      ) : (
        <button
          ref={trigger}
          type="button"
          className="btn-secondary"
          onClick={() => {
            setDone(false);
            setConfirming(true);
          }}
        >
          {m.reset}
        </button>
      )}
    </div>
  );
}
