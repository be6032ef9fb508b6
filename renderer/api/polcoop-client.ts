import type { ShellServices } from './api-context';

/** The services the preload (or the browser test harness) exposed on the window; read once, where the app is mounted. */
export function shellServicesOfWindow(): ShellServices {
  return { api: window.polcoop, events: window.polcoopEvents };
}
