import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFileBookmarkService } from '../../../electron/bookmarks/bookmark-file-store';
import { createHandlers } from '../../../electron/handlers/create-handlers';
import { createDispatcher } from '../../../electron/ipc-dispatch';
import { describeBookmarkContract, type ContractSubject } from '../bookmarks/bookmark-contract-suite';

const app = { name: 'polcoop', version: '0.0.0-test' };
const manifest = () => {
  throw new Error('no manifest in this test');
};
const appPage = { url: 'app://polcoop/index.html', isMainFrame: true };

function subjectOver(directory: string): ContractSubject {
  const dispatch = createDispatcher(
    createHandlers({ app, manifest, bookmarks: createFileBookmarkService(directory) }),
    (sender) => sender.url === appPage.url,
  );
  return { invoke: (channel, input) => dispatch(appPage, channel, input), reopen: async () => subjectOver(directory) };
}

describeBookmarkContract('Electron handlers over the file store', async () =>
  subjectOver(mkdtempSync(join(tmpdir(), 'polcoop-bookmarks-'))),
);

describe('bookmark channels in the main process', () => {
  it('refuses calls from anything but the app page', async () => {
    const dispatch = createDispatcher(
      createHandlers({
        app,
        manifest,
        bookmarks: createFileBookmarkService(mkdtempSync(join(tmpdir(), 'polcoop-bookmarks-'))),
      }),
      (sender) => sender.url === appPage.url,
    );
    expect(
      await dispatch({ url: 'https://example.org/', isMainFrame: true }, 'bookmarks:list', undefined),
    ).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
  });

  it('fails every bookmark call with a message when the shell gives no store', async () => {
    const dispatch = createDispatcher(createHandlers({ app, manifest }), () => true);
    expect(await dispatch(appPage, 'bookmarks:list', undefined)).toEqual({
      ok: false,
      error: {
        code: 'failed',
        message: 'bookmarks are not available: this shell was started without a bookmark store',
      },
    });
  });
});
