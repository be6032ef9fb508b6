import { createContext, useContext, type ReactNode } from 'react';
import type { PolcoopApi, PolcoopEvents } from '../../common/contract/ipc-api';

/** What the page can ask of the shell: its API and its events, each undefined where no shell is wired (web edition). */
export interface ShellServices {
  api: PolcoopApi | undefined;
  events: PolcoopEvents | undefined;
}

const ApiContext = createContext<ShellServices>({ api: undefined, events: undefined });

/** Gives components the shell's services; the app mounts it once with what the preload exposed, tests with their own. */
export function ApiProvider({ services, children }: { services: ShellServices; children: ReactNode }) {
  return <ApiContext.Provider value={services}>{children}</ApiContext.Provider>;
}

/** The shell's API, or undefined where none is wired. */
export function useShellApi(): PolcoopApi | undefined {
  return useContext(ApiContext).api;
}

/** The shell's events (the menus' commands), or undefined where no shell sends any. */
export function useShellEvents(): PolcoopEvents | undefined {
  return useContext(ApiContext).events;
}
