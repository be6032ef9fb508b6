import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created: { options: Record<string, unknown>; loaded: string[] }[] = [];

vi.mock('electron', () => ({
  BrowserWindow: class {
    loaded: string[] = [];
    webContents = { loadURL: (url: string) => this.loaded.push(url) };
    constructor(options: Record<string, unknown>) {
      created.push({ options, loaded: this.loaded });
    }
    once() {}
    loadURL(url: string) {
      this.loaded.push(url);
      return Promise.resolve();
    }
  },
}));

const { createMainWindow, showRoute } = await import('../../electron/main-window');

const LOCKED_DOWN = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  spellcheck: false,
};

describe('main window', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('is created locked down, devtools only in development, and loads app://', () => {
    createMainWindow('/app/preload.cjs', false);
    createMainWindow('/app/preload.cjs', true);
    const [release, development] = created;
    expect(release?.options.webPreferences).toMatchObject({
      ...LOCKED_DOWN,
      devTools: false,
      preload: '/app/preload.cjs',
    });
    expect(development?.options.webPreferences).toMatchObject({ ...LOCKED_DOWN, devTools: true });
    expect(release?.loaded).toEqual(['app://polcoop/index.html']);
  });

  it('writes webPreferences as a literal object that scanners can read', () => {
    const source = readFileSync(join(import.meta.dirname, '../../electron/main-window.ts'), 'utf8');
    const literal = /webPreferences: \{([^}]*)\}/.exec(source)?.[1] ?? '';
    for (const [key, value] of Object.entries(LOCKED_DOWN)) expect(literal).toContain(`${key}: ${String(value)},`);
    expect(literal).toContain('devTools: isDevelopment,');
  });

  it('opens at the remembered placement and at a given start page', () => {
    createMainWindow('/p', false, { x: 10, y: 20, width: 900, height: 700 }, 'app://polcoop/index.html#/glossary');
    expect(created[0]?.options).toMatchObject({ x: 10, y: 20, width: 900, height: 700 });
    expect(created[0]?.loaded).toEqual(['app://polcoop/index.html#/glossary']);
  });

  it('shows a route as a hash of the app entry', () => {
    const window = createMainWindow('/p', false);
    showRoute(window, '#/doc/europol-regulation');
    expect(created[0]?.loaded.at(-1)).toBe('app://polcoop/index.html#/doc/europol-regulation');
  });
});
