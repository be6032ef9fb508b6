import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { getRawHeader } from '@electron/asar';
import { NtExecutable, NtExecutableResource } from 'resedit';

/** With the integrity fuse on, Windows Electron refuses to start unless the exe's ELECTRONASAR resource holds the asar header's SHA-256. */
export function windowsAsarIntegrityProblems(executablePath: string, asarPath: string): string[] {
  const resource = NtExecutableResource.from(NtExecutable.from(readFileSync(executablePath)));
  const entry = resource.entries.find((candidate) => candidate.type === 'INTEGRITY' && candidate.id === 'ELECTRONASAR');
  if (!entry) return [`${executablePath} has no ELECTRONASAR integrity resource`];
  const records = JSON.parse(Buffer.from(entry.bin).toString('utf8')) as Array<{
    file: string;
    alg: string;
    value: string;
  }>;
  const expected = createHash('sha256').update(getRawHeader(asarPath).headerString).digest('hex');
  const record = records.find((candidate) => candidate.file.replaceAll('\\', '/') === 'resources/app.asar');
  if (!record) return [`the integrity resource of ${executablePath} does not list resources\\app.asar`];
  return record.value === expected
    ? []
    : [`the integrity resource of ${executablePath} does not match the header of ${asarPath}`];
}
