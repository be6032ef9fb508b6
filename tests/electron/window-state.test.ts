import { EventEmitter } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserWindow } from 'electron';
import { afterAll, describe, expect, it, vi } from 'vitest';
import {
  placeWindow,
  readWindowState,
  saveWindowState,
  trackWindowState,
  WINDOW_STATE_FILE,
} from '../../electron/window-state';

vi.mock('electron', () => ({}));

const dir = mkdtempSync(join(tmpdir(), 'polcoop-window-'));
const file = join(dir, WINDOW_STATE_FILE);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

describe('window state', () => {
  it('round-trips size, position and maximised state through an atomic write', async () => {
    await saveWindowState(file, { x: 40, y: 30, width: 1000, height: 700, maximized: true });
    expect(readWindowState(file)).toEqual({ x: 40, y: 30, width: 1000, height: 700, maximized: true });
  });

  it('ignores a missing, corrupt or out-of-range file', () => {
    expect(readWindowState(join(dir, 'none.json'))).toBeNull();
    writeFileSync(join(dir, 'bad.json'), '{"x":');
    expect(readWindowState(join(dir, 'bad.json'))).toBeNull();
    writeFileSync(join(dir, 'range.json'), JSON.stringify({ x: 0, y: 0, width: 5, height: 5, maximized: false }));
    expect(readWindowState(join(dir, 'range.json'))).toBeNull();
  });

  it('refuses to save an invalid state and leaves the old file as it was', async () => {
    await saveWindowState(file, { x: 1, y: 2, width: 800, height: 600, maximized: false });
    await expect(saveWindowState(file, { x: 1.5, y: 2, width: 800, height: 600, maximized: false })).rejects.toThrow();
    expect(readWindowState(file)).toEqual({ x: 1, y: 2, width: 800, height: 600, maximized: false });
  });

  it('reopens where it was when that is on a display', () => {
    expect(placeWindow({ x: 100, y: 50, width: 1000, height: 700, maximized: false }, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1000,
      height: 700,
    });
  });

  it('drops a position left on an unplugged monitor and shrinks to the largest display', () => {
    expect(placeWindow({ x: 2500, y: 100, width: 2400, height: 1300, maximized: false }, screen)).toEqual({
      width: 1920,
      height: 1040,
    });
  });

  it('saves the normal bounds and maximised state when the window closes', async () => {
    const window = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 5, y: 6, width: 900, height: 650 }),
      isMaximized: () => true,
    });
    const write = vi.fn(() => Promise.resolve());
    trackWindowState(window as unknown as BrowserWindow, file, vi.fn(), write);
    window.emit('close');
    await vi.waitFor(() => expect(write).toHaveBeenCalled());
    expect(JSON.parse((write.mock.calls[0] as unknown as [string, string])[1])).toEqual({
      x: 5,
      y: 6,
      width: 900,
      height: 650,
      maximized: true,
    });
  });

  it('reports a failed save instead of throwing', async () => {
    const window = Object.assign(new EventEmitter(), {
      getNormalBounds: () => ({ x: 0, y: 0, width: 900, height: 650 }),
      isMaximized: () => false,
    });
    const onError = vi.fn();
    trackWindowState(window as unknown as BrowserWindow, file, onError, () => Promise.reject(new Error('ENOSPC')));
    window.emit('close');
    await vi.waitFor(() => expect(onError).toHaveBeenCalledWith('window state not saved: ENOSPC'));
    expect(readFileSync(file, 'utf8')).toContain('"width":800');
  });
});
