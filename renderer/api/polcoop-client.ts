import type { PolcoopApi } from '../../electron/ipc-api';

/** The shell's API (preload, test harness or web edition), or undefined where none is wired. */
export function polcoopApi(): PolcoopApi | undefined {
  return window.polcoop;
}
