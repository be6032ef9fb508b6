import { execFile } from 'node:child_process';
import { join } from 'node:path';

/**
 * Runs `reg query KEY /s` and resolves to its output, or null when the key does not exist (reg exits 1 and prints
 * no key). reg.exe writes a pipe in the console's code page, which would turn a French or German banner into `?`:
 * `chcp 65001` first, in the hidden console of this one cmd.exe, makes it write UTF-8. Both programs come from the
 * system folder by full path, never from PATH.
 */
export function runRegQuery(key: string): Promise<string | null> {
  const system32 = join(process.env.SystemRoot ?? 'C:\\Windows', 'System32');
  const command = `"chcp 65001>nul && "${join(system32, 'reg.exe')}" query "${key}" /s"`;
  return new Promise((resolve, reject) => {
    execFile(
      join(system32, 'cmd.exe'),
      ['/d', '/s', '/c', command],
      { windowsHide: true, windowsVerbatimArguments: true, encoding: 'utf8', timeout: 15_000, maxBuffer: 4 * 2 ** 20 },
      (error, stdout, stderr) => {
        if (!error) return resolve(stdout);
        if (error.code === 1 && !/^HKEY_/m.test(stdout)) return resolve(null);
        reject(new Error(`reg query failed: ${stderr.trim() || error.message}`));
      },
    );
  });
}
