import { useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { sessionQuery } from '@/features/session/queries';

/** The signed-in account, which the root loader has already put in the cache. */
export function useAccount() {
  return useSuspenseQuery(sessionQuery()).data.account;
}

export function useParam(name: string): string {
  const value = useParams()[name];
  if (!value) throw new Error(`Route parameter ${name} is missing`);
  return value;
}
