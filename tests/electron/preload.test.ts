import { describe, expect, it, vi } from 'vitest';

const exposed = new Map<string, unknown>();
const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
const invoke = vi.fn((channel: string, input: unknown) => Promise.resolve({ ok: true, value: { channel, input } }));

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
  ipcRenderer: {
    invoke,
    on: (event: string, listener: (event: unknown, payload: unknown) => void) => listeners.set(event, listener),
    removeListener: (event: string) => listeners.delete(event),
  },
}));

await import('../../electron/preload');
const { ipcContract } = await import('../../common/contract/ipc-contract');

type Api = Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
type Events = { on: (event: string, listener: (payload: unknown) => void) => () => void };

describe('preload', () => {
  it('exposes only the contract API and the event subscription, never ipcRenderer', () => {
    expect([...exposed.keys()].sort()).toEqual(['polcoop', 'polcoopEvents']);
    const api = exposed.get('polcoop') as Api;
    const functions = Object.entries(api).flatMap(([namespace, methods]) =>
      Object.keys(methods).map((method) => `${namespace}:${method}`),
    );
    expect(functions.sort()).toEqual(Object.keys(ipcContract).sort());
    for (const value of exposed.values())
      expect(JSON.stringify(Object.keys(value as object))).not.toMatch(/ipcRenderer|send|invoke/);
  });

  it('sends each call on its own channel', async () => {
    const api = exposed.get('polcoop') as Api;
    await api.bookmarks?.remove?.({ ids: ['a'] });
    expect(invoke).toHaveBeenCalledWith('bookmarks:remove', { ids: ['a'] });
  });

  it('passes valid events on without the IPC event object, drops invalid ones, and unsubscribes', () => {
    const events = exposed.get('polcoopEvents') as Events;
    const listener = vi.fn();
    const off = events.on('shell:command', listener);
    listeners.get('shell:command')?.({ sender: 'secret' }, { command: 'bookmark-this' });
    listeners.get('shell:command')?.({}, { command: 'rm -rf' });
    listeners.get('shell:command')?.({}, { command: 'bookmark-this', extra: 1 });
    expect(listener.mock.calls).toEqual([[{ command: 'bookmark-this' }]]);
    off();
    expect(listeners.has('shell:command')).toBe(false);
  });

  it('refuses to subscribe to an event outside the contract', () => {
    const events = exposed.get('polcoopEvents') as Events;
    expect(() => events.on('ipc:anything', vi.fn())).toThrow('unknown event "ipc:anything"');
  });
});
