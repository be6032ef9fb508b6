import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHandlers } from '../../electron/handlers/create-handlers';
import { createDispatcher } from '../../electron/ipc-dispatch';
import {
  createShellLanguage,
  readRememberedLanguage,
  rememberLanguage,
  SHELL_LANGUAGE_FILE,
  startLanguage,
} from '../../electron/shell-language';

const appPage = { url: 'app://polcoop/index.html', isMainFrame: true };
const manifest = () => {
  throw new Error('no manifest in this test');
};

describe('the shell’s language', () => {
  it('starts in the language the page showed last, else the first system language the interface speaks', () => {
    expect(startLanguage('de', ['fr-BE', 'en-GB'])).toBe('de');
    expect(startLanguage(null, ['nl-NL', 'fr-BE', 'en-GB'])).toBe('fr');
    expect(startLanguage(null, ['de_AT'])).toBe('de');
    expect(startLanguage(null, ['pl-PL', 'it'])).toBe('en');
  });

  it('tells its listeners of a change, not of the same language again, and words its texts in the new one', () => {
    const language = createShellLanguage('en');
    const heard = vi.fn();
    language.onChange(heard);
    language.set('en');
    expect(heard).not.toHaveBeenCalled();
    language.set('fr');
    language.set('fr');
    expect(heard.mock.calls).toEqual([['fr']]);
    expect(language.current()).toBe('fr');
    expect(language.texts().menu.file).toBe('&Fichier');
  });

  it('remembers the language in the user-data folder and reads nothing from a missing or unusable file', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'polcoop-language-'));
    expect(readRememberedLanguage(folder)).toBeNull();
    await rememberLanguage(folder, 'de');
    expect(JSON.parse(readFileSync(join(folder, SHELL_LANGUAGE_FILE), 'utf8'))).toEqual({ language: 'de' });
    expect(readRememberedLanguage(folder)).toBe('de');
    writeFileSync(join(folder, SHELL_LANGUAGE_FILE), '{"language":"it"}');
    expect(readRememberedLanguage(folder)).toBeNull();
    writeFileSync(join(folder, SHELL_LANGUAGE_FILE), '{not json');
    expect(readRememberedLanguage(folder)).toBeNull();
  });

  it('hears the page through app:setLanguage, checked by the contract', async () => {
    const language = createShellLanguage('en');
    const dispatch = createDispatcher(
      createHandlers({ app: { name: 'polcoop', version: '0' }, manifest, language: language.set }),
      (sender) => sender.url === appPage.url,
    );
    expect(await dispatch(appPage, 'app:setLanguage', { language: 'de' })).toEqual({ ok: true, value: undefined });
    expect(language.current()).toBe('de');
    expect(await dispatch(appPage, 'app:setLanguage', { language: 'it' })).toMatchObject({
      ok: false,
      error: { code: 'bad-input' },
    });
    expect(
      await dispatch({ url: 'https://example.org/', isMainFrame: true }, 'app:setLanguage', { language: 'fr' }),
    ).toMatchObject({ ok: false, error: { code: 'bad-sender' } });
    expect(language.current()).toBe('de');
  });
});
