import { describe, expect, it, vi } from 'vitest';
import { guardBoot } from '../../electron/boot-guard';

describe('the boot guard', () => {
  it('logs and shows a failure of the boot sequence, then quits so the single-instance lock is released', async () => {
    const deps = { log: vi.fn(), showError: vi.fn(), exit: vi.fn() };
    await expect(guardBoot(() => Promise.reject(new Error('EACCES: bookmarks folder')), deps)).resolves.toBeUndefined();
    expect(deps.log).toHaveBeenCalledWith('start-up failed: EACCES: bookmarks folder');
    expect(deps.showError).toHaveBeenCalledWith(
      'EU Police Cooperation Reference could not start',
      expect.stringContaining('EACCES: bookmarks folder'),
    );
    expect(deps.exit).toHaveBeenCalledWith(1);
  });

  it('does nothing more when the boot sequence succeeds', async () => {
    const deps = { log: vi.fn(), showError: vi.fn(), exit: vi.fn() };
    const boot = vi.fn(() => Promise.resolve());
    await guardBoot(boot, deps);
    expect(boot).toHaveBeenCalledTimes(1);
    expect(deps.log).not.toHaveBeenCalled();
    expect(deps.exit).not.toHaveBeenCalled();
  });
});
