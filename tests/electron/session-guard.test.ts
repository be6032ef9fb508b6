import { EventEmitter } from 'node:events';
import type { App, Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardSession, setupSessionGuards } from '../../electron/session-guard';

vi.mock('electron', () => ({}));

type Callback = (response: { cancel: boolean }) => void;

function fakeSession() {
  const fake = {
    filter: undefined as { urls: string[] } | undefined,
    onBeforeRequest: undefined as
      ((details: { url: string; resourceType: string }, callback: Callback) => void) | undefined,
    permissionRequest: undefined as
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | undefined,
    permissionCheck: undefined as ((...args: unknown[]) => boolean) | undefined,
    deviceCheck: undefined as ((...args: unknown[]) => boolean) | undefined,
    displayMedia: undefined as ((request: unknown, callback: (streams: unknown) => void) => void) | undefined,
    spellchecker: true,
  };
  const session = {
    webRequest: {
      onBeforeRequest: (filter: { urls: string[] }, listener: typeof fake.onBeforeRequest) => {
        fake.filter = filter;
        fake.onBeforeRequest = listener;
      },
    },
    setPermissionRequestHandler: (h: typeof fake.permissionRequest) => (fake.permissionRequest = h),
    setPermissionCheckHandler: (h: typeof fake.permissionCheck) => (fake.permissionCheck = h),
    setDevicePermissionHandler: (h: typeof fake.deviceCheck) => (fake.deviceCheck = h),
    setDisplayMediaRequestHandler: (h: typeof fake.displayMedia) => (fake.displayMedia = h),
    setSpellCheckerEnabled: (on: boolean) => (fake.spellchecker = on),
  };
  return { fake, session: session as unknown as Session };
}

function requestOutcome(fake: ReturnType<typeof fakeSession>['fake'], url: string): boolean | undefined {
  let cancel: boolean | undefined;
  fake.onBeforeRequest?.({ url, resourceType: 'xhr' }, (response) => (cancel = response.cancel));
  return cancel;
}

describe('session guard', () => {
  it('cancels http, https, ws, wss, ftp and file requests and logs each without its path', () => {
    const { fake, session } = fakeSession();
    const log = vi.fn();
    guardSession(session, log);
    expect(fake.filter?.urls).toEqual(
      expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*', 'ftp://*/*']),
    );
    for (const url of [
      'http://a.test/x',
      'https://b.test/secret?q=name',
      'ws://c.test/',
      'wss://d.test/',
      'ftp://e.test/f',
      'file:///etc/hosts',
    ]) {
      expect(requestOutcome(fake, url)).toBe(true);
    }
    expect(log).toHaveBeenCalledTimes(6);
    expect(log).toHaveBeenCalledWith('network: cancelled xhr request to https://b.test/…');
    expect(log.mock.calls.flat().join('\n')).not.toContain('secret');
  });

  it('lets the app origin through without logging', () => {
    const { fake, session } = fakeSession();
    const log = vi.fn();
    guardSession(session, log);
    expect(requestOutcome(fake, 'app://polcoop/bundle/bundle.json')).toBe(false);
    expect(log).not.toHaveBeenCalled();
  });

  it.each(['geolocation', 'media', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies the %s permission request and check',
    (permission) => {
      const { fake, session } = fakeSession();
      const log = vi.fn();
      guardSession(session, log);
      let granted: boolean | undefined;
      fake.permissionRequest?.({}, permission, (g) => (granted = g));
      expect(granted).toBe(false);
      expect(fake.permissionCheck?.({}, permission, 'app://polcoop', {})).toBe(false);
      expect(fake.deviceCheck?.({ deviceType: 'usb', origin: 'app://polcoop' })).toBe(false);
      expect(log).toHaveBeenCalledWith(`permission: denied request for ${permission}`);
    },
  );

  it('refuses screen capture and switches the spellchecker (and its dictionary downloads) off', () => {
    const { fake, session } = fakeSession();
    guardSession(session, vi.fn());
    let streams: unknown = 'unset';
    fake.displayMedia?.({}, (s) => (streams = s));
    expect(streams).toBeNull();
    expect(fake.spellchecker).toBe(false);
  });

  it('guards the default session and every session created later', () => {
    const app = new EventEmitter();
    const first = fakeSession();
    const later = fakeSession();
    setupSessionGuards(app as unknown as App, first.session, vi.fn());
    expect(requestOutcome(first.fake, 'https://x.test/')).toBe(true);
    expect(later.fake.onBeforeRequest).toBeUndefined();
    app.emit('session-created', later.session);
    expect(requestOutcome(later.fake, 'wss://x.test/')).toBe(true);
    expect(later.fake.permissionCheck?.()).toBe(false);
  });
});
