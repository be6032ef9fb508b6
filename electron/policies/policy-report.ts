import type { PolicyReport } from '../../common/contract/policy-report-schema';
import type { PolicyName } from '../../common/policies/policy-schema';
import type { EffectivePolicy } from './effective-policy';
import type { PolicyRefusal } from './policy-entries';

/** The report where no policies were read (the browser harness, a shell without sources): nothing set, nothing refused. */
export const NO_POLICIES: PolicyReport = { values: {}, languageLocked: false, applied: [], refused: [] };

/** Files a folder policy (MachinePackDirectory, LocalContentDirectory) refused, as refusals About › Policies lists. */
export function folderRefusals(
  policy: PolicyName,
  refused: readonly { file: string; reason: string }[],
): PolicyRefusal[] {
  return refused.map(({ file, reason }) => ({ source: file, field: policy, reason }));
}

/**
 * What the page learns of the effective policy: the values, whether the language is locked, what was set and refused
 * (with `more`: what applying a folder policy refused at start, such as an untrusted pack).
 */
export function policyReport(policy: EffectivePolicy, more: readonly PolicyRefusal[] = []): PolicyReport {
  const language = policy.applied.find((applied) => applied.name === 'Language');
  return {
    values: policy.values,
    languageLocked: policy.values.LockLanguage === true || language?.level === 'enforced',
    applied: policy.applied,
    refused: [...policy.refused, ...more],
  };
}
