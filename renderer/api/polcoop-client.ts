import type { PolcoopApi, PolcoopEvents } from '../../common/contract/ipc-api';

/** The shell's API (preload, test harness or web edition), or undefined where none is wired. */
export function polcoopApi(): PolcoopApi | undefined {
  return window.polcoop;
}

/** The shell's events (the menus' commands), or undefined where no shell sends any. */
export function polcoopEvents(): PolcoopEvents | undefined {
  return window.polcoopEvents;
}
