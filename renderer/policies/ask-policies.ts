import type { PolcoopApi } from '../../common/contract/ipc-api';
import type { PolicyReport } from '../../common/contract/policy-report-schema';

/** Asks the shell for the administrators' policies; undefined where no shell answers (web edition) or the call fails. */
export async function askPolicies(api: PolcoopApi | undefined): Promise<PolicyReport | undefined> {
  if (!api) return undefined;
  try {
    const result = await api.policies.report();
    return result.ok ? result.value : undefined;
  } catch {
    return undefined;
  }
}
