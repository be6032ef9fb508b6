import type { LogLine } from './session-guard';
import type { ShellTexts } from './texts/shell-texts-shape';

/** What a failed start needs: the log, a native error box (no window exists yet), and a quit that releases the single-instance lock. */
export interface BootFailureDeps {
  log: LogLine;
  showError: (title: string, content: string) => void;
  exit: (code: number) => void;
  /** The shell's texts in its language of the moment. */
  texts: () => ShellTexts;
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
    const t = deps.texts().dialogs.startFailed;
    deps.showError(t.title, t.detail(message));
    deps.exit(1);
  }
}
