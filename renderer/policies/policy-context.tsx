import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { PolicyReport } from '../../common/contract/policy-report-schema';
import { useShellApi } from '../api/api-context';
import { askPolicies } from './ask-policies';

const PolicyContext = createContext<PolicyReport | undefined>(undefined);

/**
 * Gives the page the administrators' policies: the report start-up already read (it chose the language with it), or,
 * without one, asks the shell once; where no shell answers, none apply.
 */
export function PolicyProvider({ initial, children }: { initial?: PolicyReport | undefined; children: ReactNode }) {
  const api = useShellApi();
  const [report, setReport] = useState<PolicyReport | undefined>(initial);
  useEffect(() => {
    if (initial) return;
    let live = true;
    void askPolicies(api).then((value) => live && value && setReport(value));
    return () => {
      live = false;
    };
  }, [api, initial]);
  return <PolicyContext.Provider value={report}>{children}</PolicyContext.Provider>;
}

/** The effective policy, or undefined until the shell answers (and always in the web edition, where none apply). */
export function usePolicies(): PolicyReport | undefined {
  return useContext(PolicyContext);
}
