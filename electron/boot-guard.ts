import type { LogLine } from './session-guard';

/** What a failed start needs: the log, a native error box (no window exists yet), and a quit that releases the single-instance lock. */
export interface BootFailureDeps {
  log: LogLine;
  showError: (title: string, content: string) => void;
  exit: (code: number) => void;
}

/**
 * Runs the boot sequence so that nothing throws past it: an unexpected failure is logged and shown, and the app
 * quits, instead of lingering without a window while it holds the single-instance lock (every later launch would
 * then hand over to it and show nothing either).
 */
export async function guardBoot(boot: () => Promise<void>, deps: BootFailureDeps): Promise<void> {
  try {
    await boot();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.log(`start-up failed: ${message}`);
    deps.showError(
      'EU Police Cooperation Reference could not start',
      `${message}\n\nReinstall the application or ask your IT support; the log in the application's logs folder has the details.`,
    );
    deps.exit(1);
  }
}
