import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useRevalidator } from 'react-router';
import { api } from '@/shared/api/api';
import { DemoReset } from '@/shared/api/schemas/account-data';

/** Puts the demo back to its original data, after asking, and says when it is done. */
export function ResetDemoButton() {
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

  return (
    <div className="flex flex-wrap items-center gap-2">
      <p role="status" className="text-sm">
        {done ? 'Demo data restored to its original state.' : ''}
        {reset.isError ? `Reset failed: ${reset.error.message}` : ''}
      </p>
      {confirming ? (
        <>
          <span>Discard every change made in the demo?</span>
          <button
            ref={confirm}
            type="button"
            className="btn-primary"
            disabled={reset.isPending}
            onClick={() => reset.mutate()}
          >
            {reset.isPending ? 'Resetting…' : 'Yes, reset'}
          </button>
          <button type="button" className="btn-secondary" onClick={() => setConfirming(false)}>
            Cancel
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
          Reset demo data
        </button>
      )}
    </div>
  );
}
