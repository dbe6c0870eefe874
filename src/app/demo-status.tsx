import { createContext, useContext, useState, type ReactNode } from 'react';
import type { MockApiStatus } from '@/mocks/browser';

interface DemoStatusValue extends MockApiStatus {
  dismissNotice(): void;
  setNotice(notice: string): void;
}

const DemoStatusContext = createContext<DemoStatusValue | null>(null);

export function DemoStatusProvider({ status, children }: { status: MockApiStatus; children: ReactNode }) {
  const [notice, setNotice] = useState(status.notice);
  return (
    <DemoStatusContext.Provider value={{ config: status.config, notice, dismissNotice: () => setNotice(null), setNotice }}>
      {children}
    </DemoStatusContext.Provider>
  );
}

export function useDemoStatus(): DemoStatusValue {
  const value = useContext(DemoStatusContext);
  if (!value) throw new Error('useDemoStatus needs a DemoStatusProvider');
  return value;
}
