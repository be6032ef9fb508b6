import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { jsonPolicyEntries } from './json-policies';
import { emptySource, refusedSource, type SourceEntries } from './policy-entries';
import { plistPolicyEntries } from './plist-policies';
import { parseRegQueryOutput } from './registry-output';
import { POLICY_HIVES, POLICY_REGISTRY_PATH, registryPolicyEntries } from './registry-policies';

/** The Linux policy folder; `POLCOOP_POLICY_DIR` points the reader elsewhere, for tests only. */
const LINUX_POLICY_DIR = '/etc/polcoop';
/** The environment variable that moves the Linux policy folder (tests and the browser harness). */
const POLICY_DIR_VARIABLE = 'POLCOOP_POLICY_DIR';
/** The policy file's name in the Linux folder and beside the app's resources. */
const POLICY_FILE = 'policies.json';
/** The app id (electron-builder.yml's appId): the macOS bundle identifier, so the name of its managed preferences file. */
export const APP_ID = 'eu.polcoop.reference';
/** The macOS managed preferences folder, where a configuration profile's payload for the app id lands. */
const MANAGED_PREFERENCES_DIR = '/Library/Managed Preferences';

/** What reading the sources touches, passed in so that tests run every platform's reader on fixtures. */
export interface PolicyEnvironment {
  platform: NodeJS.Platform;
  /** The folder beside the app's resources (`process.resourcesPath`), or null where there is none (development). */
  resourcesDir: string | null;
  /** The macOS bundle id, the name of the managed preferences file. */
  appId: string;
  env: Readonly<Record<string, string | undefined>>;
  /** A file's bytes, or null when it does not exist. */
  readFile: (path: string) => Promise<Uint8Array | null>;
  /** A folder's entry names, or null when it does not exist. */
  listDir: (path: string) => Promise<string[] | null>;
  /** `reg query KEY /s` output, or null when the key does not exist. */
  regQuery: (key: string) => Promise<string | null>;
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** The real file system, for the shell; the registry reader is given separately (it runs reg.exe). */
export const fileSystemAccess: Pick<PolicyEnvironment, 'readFile' | 'listDir'> = {
  readFile: async (path) => {
    try {
      return await readFile(path);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  },
  listDir: async (path) => {
    try {
      return await readdir(path);
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  },
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** One source read without ever throwing: a file that cannot be read is refused with the reason, like one that does not parse. */
async function guarded(source: string, read: () => Promise<SourceEntries>): Promise<SourceEntries> {
  try {
    return await read();
  } catch (error) {
    return refusedSource(source, `could not be read: ${messageOf(error)}`);
  }
}

async function jsonFile(env: PolicyEnvironment, path: string): Promise<SourceEntries> {
  return guarded(path, async () => {
    const bytes = await env.readFile(path);
    return bytes === null ? emptySource(path) : jsonPolicyEntries(Buffer.from(bytes).toString('utf8'), path);
  });
}

/** Linux: every `policies.d/*.json` (a later name beats an earlier one), then `policies.json`. */
async function linuxSources(env: PolicyEnvironment): Promise<SourceEntries[]> {
  const dir = env.env[POLICY_DIR_VARIABLE] || LINUX_POLICY_DIR;
  const dropIns = join(dir, 'policies.d');
  let names: string[] = [];
  const unreadable: SourceEntries[] = [];
  try {
    names = ((await env.listDir(dropIns)) ?? [])
      .filter((name) => name.endsWith('.json'))
      .sort()
      .reverse();
  } catch (error) {
    unreadable.push(refusedSource(dropIns, `could not be read: ${messageOf(error)}`));
  }
  return [
    ...unreadable,
    ...(await Promise.all([
      ...names.map((name) => jsonFile(env, join(dropIns, name))),
      jsonFile(env, join(dir, POLICY_FILE)),
    ])),
  ];
}

async function macSources(env: PolicyEnvironment): Promise<SourceEntries[]> {
  const path = join(MANAGED_PREFERENCES_DIR, `${env.appId}.plist`);
  return [
    await guarded(path, async () => {
      const bytes = await env.readFile(path);
      return bytes === null ? emptySource(path) : plistPolicyEntries(bytes, path);
    }),
  ];
}

async function windowsSources(env: PolicyEnvironment): Promise<SourceEntries[]> {
  return Promise.all(
    POLICY_HIVES.map((hive) =>
      guarded(`${hive.short}\\${POLICY_REGISTRY_PATH}`, async () => {
        const output = await env.regQuery(`${hive.short}\\${POLICY_REGISTRY_PATH}`);
        return output === null
          ? emptySource(`${hive.short}\\${POLICY_REGISTRY_PATH}`)
          : registryPolicyEntries(parseRegQueryOutput(output), hive);
      }),
    ),
  );
}

/**
 * Every policy source of the platform, highest first: the system's own (Windows registry HKLM then HKCU, macOS
 * managed preferences, Linux `/etc/polcoop`), then `policies.json` beside the app's resources, for portable and
 * air-gapped installs. Never throws: a source that cannot be read is refused with the reason.
 */
export async function readPolicySources(env: PolicyEnvironment): Promise<SourceEntries[]> {
  const system =
    env.platform === 'win32'
      ? await windowsSources(env)
      : env.platform === 'darwin'
        ? await macSources(env)
        : await linuxSources(env);
  const beside = env.resourcesDir === null ? [] : [await jsonFile(env, join(env.resourcesDir, POLICY_FILE))];
  return [...system, ...beside];
}
