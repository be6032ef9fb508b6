import type { PolicyReport } from '../../common/contract/policy-report-schema';
import type { EffectivePolicy } from './effective-policy';

/** The report where no policies were read (the browser harness, a shell without sources): nothing set, nothing refused. */
export const NO_POLICIES: PolicyReport = { values: {}, languageLocked: false, applied: [], refused: [] };

/** What the page learns of the effective policy: the values, whether the language is locked, what was set and refused. */
export function policyReport(policy: EffectivePolicy): PolicyReport {
  const language = policy.applied.find((applied) => applied.name === 'Language');
  return {
    values: policy.values,
    languageLocked: policy.values.LockLanguage === true || language?.level === 'enforced',
    applied: policy.applied,
    refused: policy.refused,
  };
}
