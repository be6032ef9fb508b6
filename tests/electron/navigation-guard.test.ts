import { EventEmitter } from 'node:events';
import type { App, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, setupNavigationGuard } from '../../electron/navigation-guard';

vi.mock('electron', () => ({}));

class FakeContents extends EventEmitter {
  windowOpen?: (details: { url: string }) => { action: string };
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpen = handler;
  }
}

function fire(contents: FakeContents, name: string, details: Record<string, unknown> = {}): boolean {
  let prevented = false;
  contents.emit(name, { ...details, preventDefault: () => (prevented = true) }, details.url);
  return prevented;
}

function guarded() {
  const contents = new FakeContents();
  const openExternal = vi.fn(() => Promise.resolve());
  const log = vi.fn();
  guardWebContents(contents as unknown as WebContents, openExternal, log);
  return { contents, openExternal, log };
}

describe('navigation guard', () => {
  it('lets navigation inside app:// happen', () => {
    const { contents, openExternal } = guarded();
    expect(fire(contents, 'will-navigate', { url: 'app://polcoop/index.html#/glossary' })).toBe(false);
    expect(fire(contents, 'will-frame-navigate', { url: 'app://polcoop/index.html', isMainFrame: true })).toBe(false);
    expect(fire(contents, 'will-redirect', { url: 'app://polcoop/index.html' })).toBe(false);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each([
    'https://eur-lex.europa.eu/',
    'http://example.org/',
    'file:///etc/passwd',
    'app://evil/index.html',
    'javascript:alert(1)',
    'data:text/html,x',
    'polcoop://instrument/x',
  ])('prevents navigation to %s and hands it to the external-link flow', (url) => {
    const { contents, openExternal, log } = guarded();
    expect(fire(contents, 'will-navigate', { url })).toBe(true);
    expect(openExternal).toHaveBeenCalledWith(url);
    expect(log).toHaveBeenCalledWith(expect.stringMatching(/^navigation: prevented to /));
  });

  it('prevents subframe navigation and redirects away from app:// without opening anything', () => {
    const { contents, openExternal } = guarded();
    expect(fire(contents, 'will-frame-navigate', { url: 'https://x.test/', isMainFrame: false })).toBe(true);
    expect(fire(contents, 'will-redirect', { url: 'https://x.test/' })).toBe(true);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('denies every window.open, handing external ones to the external-link flow', () => {
    const { contents, openExternal } = guarded();
    expect(contents.windowOpen?.({ url: 'https://x.test/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpen?.({ url: 'app://polcoop/index.html' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
    expect(openExternal).toHaveBeenCalledWith('https://x.test/');
  });

  it('refuses to attach a <webview>', () => {
    const { contents, log } = guarded();
    expect(fire(contents, 'will-attach-webview', { src: 'https://x.test/' })).toBe(true);
    expect(log).toHaveBeenCalledWith('navigation: refused a <webview>');
  });

  it('guards every web contents the app creates', () => {
    const app = new EventEmitter();
    setupNavigationGuard(
      app as unknown as App,
      vi.fn(() => Promise.resolve()),
      vi.fn(),
    );
    const contents = new FakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(fire(contents, 'will-navigate', { url: 'https://x.test/' })).toBe(true);
    expect(contents.windowOpen?.({ url: 'https://x.test/' })).toEqual({ action: 'deny' });
  });
});
