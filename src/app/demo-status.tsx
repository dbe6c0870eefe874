import { createContext, useContext, useState, type ReactNode } from 'react';
import type { MockApiStatus } from '@/mocks/browser';

interface DemoStatusValue {
  notice: MockApiStatus['notice'];
  /** The failures injected on purpose, as in `?fail=`; '' for none. */
  failures: string;
  dismissNotice(): void;
  clearFailures(): void;
}

const DemoStatusContext = createContext<DemoStatusValue | null>(null);

export function DemoStatusProvider({ status, children }: { status: MockApiStatus; children: ReactNode }) {
  const [notice, setNotice] = useState(status.notice);
  const [failures, setFailures] = useState(status.injectedFailures);
  const value: DemoStatusValue = {
    notice,
    failures,
    dismissNotice: () => setNotice(null),
    clearFailures: () => {
      status.setFailures({});
      setFailures('');
    },
  };
  return <DemoStatusContext.Provider value={value}>{children}</DemoStatusContext.Provider>;
}

export function useDemoStatus(): DemoStatusValue {
  const value = useContext(DemoStatusContext);
  if (!value) throw new Error('useDemoStatus needs a DemoStatusProvider');
  return value;
}
