import type { LogLine } from '../session-guard';
import type { ShellSettings } from '../shell-settings';
import { SETTINGS_FILE } from '../shell-settings';
import { resolvePolicies, type EffectivePolicy } from './effective-policy';
import { fileSystemAccess, readPolicySources } from './policy-sources';
import type { PolicyValues } from '../../common/policies/policy-schema';
import { runRegQuery } from './windows-reg-query';

/** Where the shell runs: what reading the policies needs from Electron and the process. */
export interface PolicyHost {
  platform: NodeJS.Platform;
  resourcesDir: string | null;
  appId: string;
  env: Readonly<Record<string, string | undefined>>;
}

/** The policies the user's settings file can set, as policy values (the file's `externalLinks: false` is "block"). */
export function userPolicyValues(settings: ShellSettings): PolicyValues {
  return settings.externalLinks === undefined ? {} : { ExternalLinks: settings.externalLinks ? 'confirm' : 'block' };
}

/** Reads every source of the platform, merges them with the user's settings, and logs what applies and what was refused. */
export async function loadPolicies(host: PolicyHost, settings: ShellSettings, log: LogLine): Promise<EffectivePolicy> {
  const sources = await readPolicySources({ ...host, ...fileSystemAccess, regQuery: runRegQuery });
  const policy = resolvePolicies(sources, { source: SETTINGS_FILE, values: userPolicyValues(settings) });
  for (const applied of policy.applied)
    log(
      `policy: ${applied.name} = ${JSON.stringify(applied.value)} (${applied.level}, ${applied.source}${applied.inEffect ? '' : '; the user setting applies'})`,
    );
  for (const refused of policy.refused) log(`policy refused: ${refused.source}: ${refused.field}: ${refused.reason}`);
  return policy;
}
