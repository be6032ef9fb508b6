import { describe, expect, it, vi } from 'vitest';
import { guardBoot } from '../../electron/boot-guard';
import { shellTextsIn } from '../../electron/texts/shell-texts';

describe('the boot guard', () => {
  it('logs and shows a failure of the boot sequence, then quits so the single-instance lock is released', async () => {
    const deps = { log: vi.fn(), showError: vi.fn(), exit: vi.fn(), texts: () => shellTextsIn('en') };
    await expect(guardBoot(() => Promise.reject(new Error('EACCES: bookmarks folder')), deps)).resolves.toBeUndefined();
    expect(deps.log).toHaveBeenCalledWith('start-up failed: EACCES: bookmarks folder');
    expect(deps.showError).toHaveBeenCalledWith(
      'EU Police Cooperation Reference could not start',
      expect.stringContaining('EACCES: bookmarks folder'),
    );
    expect(deps.exit).toHaveBeenCalledWith(1);
  });

  it('words the error box in the shell’s language', async () => {
    const deps = { log: vi.fn(), showError: vi.fn(), exit: vi.fn(), texts: () => shellTextsIn('de') };
    await guardBoot(() => Promise.reject(new Error('EACCES: bookmarks folder')), deps);
    expect(deps.showError).toHaveBeenCalledWith(
      'Das Nachschlagewerk zur polizeilichen Zusammenarbeit in der EU konnte nicht starten',
      expect.stringMatching(/^EACCES: bookmarks folder\n\nInstallieren Sie die Anwendung neu/),
    );
    expect(deps.log).toHaveBeenCalledWith('start-up failed: EACCES: bookmarks folder');
  });

  it('does nothing more when the boot sequence succeeds', async () => {
    const deps = { log: vi.fn(), showError: vi.fn(), exit: vi.fn(), texts: () => shellTextsIn('en') };
    const boot = vi.fn(() => Promise.resolve());
    await guardBoot(boot, deps);
    expect(boot).toHaveBeenCalledTimes(1);
    expect(deps.log).not.toHaveBeenCalled();
    expect(deps.exit).not.toHaveBeenCalled();
  });
});
