import { z } from 'zod';
import { policyLevelSchema, policyNames, policyValuesSchema, type PolicyName } from '../policies/policy-schema';

/** A policy an administrator set: its value (public keys by id), level, where it was set, and whether it is what applies. */
const appliedPolicySchema = z.strictObject({
  name: z.enum(policyNames as [PolicyName, ...PolicyName[]]),
  level: policyLevelSchema,
  value: z.union([z.boolean(), z.string(), z.array(z.string())]),
  source: z.string(),
  field: z.string(),
  inEffect: z.boolean(),
});

/** `policies:report`: what the administrators' policies decide, for the page to honour and About › Policies to show. */
export const policyReportSchema = z.strictObject({
  /** What applies, policy by policy (TrustedPackKeys by key id); a policy left out means the app's built-in behaviour. */
  values: policyValuesSchema,
  /** True when users may not change the interface language (LockLanguage, or an enforced Language). */
  languageLocked: z.boolean(),
  applied: z.array(appliedPolicySchema),
  /** Every value refused, with the file or registry key, the field and the reason. */
  refused: z.array(z.strictObject({ source: z.string(), field: z.string(), reason: z.string() })),
});

/** The effective policy as the page learns it. */
export type PolicyReport = z.infer<typeof policyReportSchema>;
