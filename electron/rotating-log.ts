import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LogLine } from './session-guard';

/** The log file in the logs folder; older ones carry .1, .2… */
export const LOG_FILE = 'polcoop.log';

/** Where and how much to keep. */
export interface RotatingLogOptions {
  dir: string;
  /** Rotate when the file would grow past this many bytes (default 512 KiB). */
  maxBytes?: number;
  /** How many rotated files to keep besides the current one (default 3). */
  keep?: number;
  /** Strings that identify the user (home folder, user name), replaced before anything is written. */
  personal?: readonly string[];
  now?: () => Date;
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Removes what could identify a person from a log line: the home folder and user name, e-mail addresses, line breaks. */
export function scrubLogLine(line: string, personal: readonly string[]): string {
  let text = line.replace(/[\r\n]+/g, ' ').replace(EMAIL, '<email>');
  for (const value of [...personal].filter((p) => p.length >= 2).sort((a, b) => b.length - a.length)) {
    text = text.split(value).join('<user>');
  }
  return text;
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** A local, size-bounded log: lines are scrubbed of personal data and never leave the machine. A failing disk never stops the app. */
export function createRotatingLog(options: RotatingLogOptions): LogLine {
  const { dir, maxBytes = 512 * 1024, keep = 3, personal = [], now = () => new Date() } = options;
  const file = join(dir, LOG_FILE);
  return (line) => {
    const entry = `${now().toISOString()} ${scrubLogLine(line, personal)}\n`;
    try {
      mkdirSync(dir, { recursive: true });
      if (sizeOf(file) + Buffer.byteLength(entry) > maxBytes) {
        rmSync(`${file}.${keep}`, { force: true });
        for (let i = keep - 1; i >= 1; i -= 1) {
          if (sizeOf(`${file}.${i}`) > 0) renameSync(`${file}.${i}`, `${file}.${i + 1}`);
        }
        if (keep > 0 && sizeOf(file) > 0) renameSync(file, `${file}.1`);
        else rmSync(file, { force: true });
      }
      appendFileSync(file, entry);
    } catch {
      // Logging is best effort: a full or read-only disk must not take the reader down.
    }
  };
}
