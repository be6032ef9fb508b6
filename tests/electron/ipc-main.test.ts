import { describe, expect, it, vi } from 'vitest';

const registered = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, listener: (event: unknown, input: unknown) => Promise<unknown>) =>
      registered.set(channel, listener),
  },
}));

const { isTrustedAppSender, setupIpc } = await import('../../electron/ipc-main');
const { createDispatcher } = await import('../../electron/ipc-dispatch');
const { ipcContract } = await import('../../common/contract/ipc-contract');
const { createHandlers } = await import('../../electron/handlers/create-handlers');

const manifest = () => ({
  manifest: {
    format: 2 as const,
    bundleId: 'b',
    version: '1.0.0',
    contentDate: '2026-01-01',
    compilerVersion: '1',
    files: [],
  },
  sha256: 'f'.repeat(64),
});
const dispatch = createDispatcher(
  createHandlers({ app: { name: 'polcoop', version: '1.2.3' }, manifest }),
  isTrustedAppSender,
);
setupIpc(dispatch);

function event(url: string, mainFrame = true) {
  const main = { url };
  const frame = mainFrame ? main : { url };
  return { senderFrame: frame, sender: { mainFrame: main } };
}

describe('IPC in the main process', () => {
  it('registers exactly the contract channels', () => {
    expect([...registered.keys()].sort()).toEqual(Object.keys(ipcContract).sort());
  });

  it('answers the main frame of app://polcoop/', async () => {
    const result = await registered.get('app:info')?.(event('app://polcoop/index.html#/about'), undefined);
    expect(result).toMatchObject({ ok: true, value: { appVersion: '1.2.3', bundleId: 'b' } });
  });

  it.each([
    ['another scheme', 'https://polcoop/index.html'],
    ['file://', 'file:///app/index.html'],
    ['another host', 'app://evil/index.html'],
    ['a host that only starts the same', 'app://polcoop.evil/index.html'],
    ['credentials in the URL', 'app://polcoop@evil/index.html'],
    ['a data: page', 'data:text/html,<script>'],
    ['an empty URL', ''],
    ['devtools', 'devtools://devtools/bundled/inspector.html'],
  ])('refuses a sender from %s', async (_name, url) => {
    expect(await registered.get('app:info')?.(event(url), undefined)).toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });
  });

  it('refuses a subframe even of our own page', async () => {
    expect(await registered.get('app:info')?.(event('app://polcoop/index.html', false), undefined)).toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });
  });

  it('refuses a sender whose frame is gone', async () => {
    const gone = { senderFrame: null, sender: { mainFrame: { url: 'app://polcoop/index.html' } } };
    expect(await registered.get('app:info')?.(gone, undefined)).toMatchObject({
      ok: false,
      error: { code: 'bad-sender' },
    });
  });

  it('does not fall into the URL.origin trap: every custom-scheme origin is "null"', () => {
    expect(new URL('app://evil/x').origin).toBe(new URL('app://polcoop/x').origin);
    expect(isTrustedAppSender({ url: 'app://evil/x', isMainFrame: true })).toBe(false);
    expect(isTrustedAppSender({ url: 'app://polcoop/x', isMainFrame: true })).toBe(true);
  });

  it.each([
    ['app:info', 'unexpected'],
    ['app:info', { a: 1 }],
    ['packs:status', { now: true }],
    ['bookmarks:add', undefined],
    ['bookmarks:remove', { ids: 42 }],
    ['bookmarks:remove', { ids: ['a'], extra: true }],
  ])('rejects a bad payload on %s', async (channel, input) => {
    const result = await registered.get(channel)?.(event('app://polcoop/index.html'), input);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'bad-input', message: expect.stringContaining(channel) },
    });
  });

  it('rejects an unknown channel through the dispatcher', async () => {
    expect(
      await dispatch({ url: 'app://polcoop/index.html', isMainFrame: true }, 'fs:read', '/etc/passwd'),
    ).toMatchObject({ ok: false, error: { code: 'bad-input' } });
    expect(await dispatch({ url: 'app://polcoop/index.html', isMainFrame: true }, '__proto__', {})).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
  });

  it('answers content-pack channels with a message where no shell is wired', async () => {
    expect(await registered.get('packs:status')?.(event('app://polcoop/index.html'), undefined)).toMatchObject({
      ok: false,
      error: { code: 'failed', message: 'content packs can be imported only in the desktop app' },
    });
  });

  it.each([
    'shell:status',
    'shell:print',
    'shell:savePdf',
    'shell:openExternal',
    'packs:preview',
    'packs:install',
    'packs:revert',
  ])(
    'offers the page no %s: printing, links and switching content stay with the menus and their native dialogs',
    async (channel) => {
      expect(registered.has(channel)).toBe(false);
      expect(await dispatch({ url: 'app://polcoop/index.html', isMainFrame: true }, channel, undefined)).toEqual({
        ok: false,
        error: { code: 'bad-input', message: `unknown channel "${channel}"` },
      });
    },
  );
});
