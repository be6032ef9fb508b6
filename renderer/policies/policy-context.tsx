import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { PolicyReport } from '../../common/contract/policy-report-schema';
import { useShellApi } from '../api/api-context';

const PolicyContext = createContext<PolicyReport | undefined>(undefined);

/** Asks the shell once for the administrators' policies and gives them to the page; where no shell answers, none apply. */
export function PolicyProvider({ children }: { children: ReactNode }) {
  const api = useShellApi();
  const [report, setReport] = useState<PolicyReport>();
  useEffect(() => {
    let live = true;
    void api?.policies.report().then((result) => live && result.ok && setReport(result.value));
    return () => {
      live = false;
    };
  }, [api]);
  return <PolicyContext.Provider value={report}>{children}</PolicyContext.Provider>;
}

/** The effective policy, or undefined until the shell answers (and always in the web edition, where none apply). */
export function usePolicies(): PolicyReport | undefined {
  return useContext(PolicyContext);
}
