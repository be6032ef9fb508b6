import { EventEmitter } from 'node:events';
import type { App, BrowserWindow } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { setupSingleInstance } from '../../electron/single-instance';

vi.mock('electron', () => ({}));

function fakeApp(lock: boolean) {
  return Object.assign(new EventEmitter(), { requestSingleInstanceLock: vi.fn(() => lock) });
}

describe('single instance', () => {
  it('tells a second instance to quit', () => {
    const app = fakeApp(false);
    expect(setupSingleInstance(app as unknown as App, () => null, vi.fn())).toBe(false);
    expect(app.listenerCount('second-instance')).toBe(0);
  });

  it('restores and focuses the first window on a second launch and passes its command line on', () => {
    const app = fakeApp(true);
    const window = { isMinimized: vi.fn(() => true), restore: vi.fn(), show: vi.fn(), focus: vi.fn() };
    const onArgv = vi.fn();
    expect(setupSingleInstance(app as unknown as App, () => window as unknown as BrowserWindow, onArgv)).toBe(true);
    app.emit('second-instance', {}, ['/opt/polcoop', 'polcoop://instrument/europol'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(onArgv).toHaveBeenCalledWith(['/opt/polcoop', 'polcoop://instrument/europol']);
  });
});
