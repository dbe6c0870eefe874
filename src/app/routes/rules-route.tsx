import { RulesPage } from '@/features/policies/rules-page';
import { useAccount } from './route-context';

export function RulesRoute() {
  const { id, name, role } = useAccount();
  return <RulesPage viewer={{ id, name, role }} />;
}
