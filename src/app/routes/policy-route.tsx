import { PolicyPage } from '@/features/policies/policy-page';
import { useParam } from './route-context';

export function PolicyRoute() {
  return <PolicyPage slug={useParam('slug')} />;
}
