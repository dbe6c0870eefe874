import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/shared/api/api';
import { ruleModesQuery } from '@/shared/api/rule-modes';
import { RuleModeResult, type Account, type RuleMode, type RuleModeUpdate } from '@/shared/api/schemas';

/**
 * Puts a rule in review only or back to enforce. The page shows the new mode at once; if the change fails, the
 * modes go back to what they were and the caller says so.
 */
export function useSetRuleMode(ruleId: string, account: Pick<Account, 'id' | 'name'>) {
  const queryClient = useQueryClient();
  const key = ruleModesQuery().queryKey;
  return useMutation({
    mutationFn: (update: RuleModeUpdate) =>
      api.request(`/rules/${encodeURIComponent(ruleId)}/mode`, {
        method: 'PUT',
        body: update,
        schema: RuleModeResult,
      }),
    onMutate: async (update) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<RuleMode[]>(key);
      const optimistic: RuleMode = {
        id: ruleId,
        mode: update.mode,
        reason: update.reason,
        changedAt: new Date().toISOString(),
        changedBy: { kind: 'reviewer', id: account.id, name: account.name },
      };
      queryClient.setQueryData<RuleMode[]>(key, [
        ...(previous ?? []).filter((m) => m.id !== ruleId),
        optimistic,
      ]);
      return { previous };
    },
    onError: (_error, _update, context) => {
      queryClient.setQueryData(key, context?.previous ?? []);
    },
    onSettled: () =>
      Promise.all(
        [key, ['rule-stats'], ['listings'], ['sellers'], ['audit'], ['review']].map((queryKey) =>
          queryClient.invalidateQueries({ queryKey }),
        ),
      ),
  });
}
