import { readFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';
import writeFileAtomic from 'write-file-atomic';
import { z } from 'zod';

/** The file in the user-data folder that remembers the window. */
export const WINDOW_STATE_FILE = 'window-state.json';

/** Size, position and maximised state of the reader window. */
const windowStateSchema = z.strictObject({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(100_000),
  height: z.number().int().min(200).max(100_000),
  maximized: z.boolean(),
});

/** The remembered window state. */
export type WindowState = z.infer<typeof windowStateSchema>;

/** Writes a file atomically; replaceable in tests. */
export type WriteFile = (path: string, data: string) => Promise<void>;

const atomicWrite: WriteFile = (path, data) => writeFileAtomic(path, data, { fsync: true });

/** The remembered state, or null when there is none or the file is unusable (the window then opens at its default size). */
export function readWindowState(file: string): WindowState | null {
  try {
    const parsed = windowStateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Where to open the window: the remembered bounds if their title bar area still lies on a display
 * (a monitor may have been unplugged), otherwise the remembered size at the default position.
 */
export function placeWindow(state: WindowState, workAreas: readonly Rectangle[]): Partial<Rectangle> {
  const titleBar = { x: state.x, y: state.y, width: state.width, height: 40 };
  // At least 100 px by 20 px of the title bar must be grabbable for the user to move the window back.
  const visible = workAreas.some((area) => overlap(titleBar, area) >= Math.min(100, state.width) * 20);
  const fits = (area: Rectangle) => ({
    width: Math.min(state.width, area.width),
    height: Math.min(state.height, area.height),
  });
  const largest = workAreas.reduce<Rectangle | undefined>(
    (best, area) => (!best || area.width * area.height > best.width * best.height ? area : best),
    undefined,
  );
  const size = largest ? fits(largest) : { width: state.width, height: state.height };
  return visible ? { x: state.x, y: state.y, ...size } : size;
}

/** Saves the window's state atomically; the normal bounds are kept while maximised so restoring goes back to them. */
export async function saveWindowState(file: string, state: WindowState, write: WriteFile = atomicWrite): Promise<void> {
  await write(file, `${JSON.stringify(windowStateSchema.parse(state))}\n`);
}

/** The state of a window as it is now. */
function windowStateOf(window: BrowserWindow): WindowState {
  const bounds = window.getNormalBounds();
  return { x: bounds.x, y: bounds.y, width: bounds.width, height: bounds.height, maximized: window.isMaximized() };
}

/** Remembers the window's state when it closes. */
export function trackWindowState(
  window: BrowserWindow,
  file: string,
  onError: (message: string) => void,
  write: WriteFile = atomicWrite,
): void {
  window.on('close', () => {
    saveWindowState(file, windowStateOf(window), write).catch((error: unknown) =>
      onError(`window state not saved: ${error instanceof Error ? error.message : String(error)}`),
    );
  });
}
